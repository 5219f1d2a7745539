package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalCoordinateTests {

    private static final double EXACT = 1e-9;

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "21.0285, 105.8542",
                "21.0285 105.8542",
                "21.0285,105.8542",
                "  21.0285 ,  105.8542  ",
                "21,0285; 105,8542",
                "21,0285 105,8542",
                "21.0285°N, 105.8542°E",
                "N 21.0285 E 105.8542",
                "N21.0285 E105.8542",
                "21.0285 B, 105.8542 Đ",
                "21.0285 Bắc 105.8542 Đông",
                "Vĩ độ: 21.0285, Kinh độ: 105.8542",
                "vĩ độ 21.0285 kinh độ 105.8542",
                "21.0285 kinh độ 105.8542",
                "Kinh độ 105.8542; vĩ độ 21.0285",
                "lat 21.0285 lng 105.8542",
                "+21.0285, +105.8542"
            })
    void readsHanoiWrittenInManyWays(String text) {
        ReadCoordinate read = reader.read(text);

        assertThat(read.latitude()).isCloseTo(21.0285, within(EXACT));
        assertThat(read.longitude()).isCloseTo(105.8542, within(EXACT));
        assertThat(read.format()).isEqualTo(CoordinateFormat.DECIMAL_DEGREES);
    }

    @Test
    void saysHowAnUnmarkedPairWasRead() {
        assertThat(reader.read("21.0285, 105.8542").notes()).containsExactly("Đã hiểu là vĩ độ, kinh độ.");
        assertThat(reader.read("21.0285 N, 105.8542 E").notes()).isEmpty();
    }

    @Test
    void swapsWhenTheFirstValueCannotBeALatitude() {
        ReadCoordinate read = reader.read("105.85, 21.03");

        assertThat(read.latitude()).isCloseTo(21.03, within(EXACT));
        assertThat(read.longitude()).isCloseTo(105.85, within(EXACT));
        assertThat(read.notes())
                .containsExactly("Đã hiểu là kinh độ, vĩ độ vì số đầu lớn hơn 90 nên không thể là vĩ độ.");
    }

    @Test
    void keepsTheUsualOrderWhenBothCouldBeLatitudes() {
        ReadCoordinate read = reader.read("10.77, 46.70");

        assertThat(read.latitude()).isCloseTo(10.77, within(EXACT));
        assertThat(read.longitude()).isCloseTo(46.70, within(EXACT));
        assertThat(read.notes())
                .containsExactly("Đã hiểu là vĩ độ, kinh độ (thứ tự thường dùng; cả hai số đều không quá 90).");
    }

    @Test
    void followsHemisphereLettersThatPutLongitudeFirst() {
        ReadCoordinate read = reader.read("105.8542 E, 21.0285 N");

        assertThat(read.latitude()).isCloseTo(21.0285, within(EXACT));
        assertThat(read.longitude()).isCloseTo(105.8542, within(EXACT));
        assertThat(read.notes()).containsExactly("Đã hiểu là kinh độ, vĩ độ theo hướng ghi kèm.");
    }

    @Test
    void appliesSouthAndWest() {
        ReadCoordinate english = reader.read("33.8568 S, 151.2153 E");
        ReadCoordinate vietnamese = reader.read("33.8568 N, 70.5 T");
        ReadCoordinate signed = reader.read("-33.8568, -70.5");

        assertThat(english.latitude()).isCloseTo(-33.8568, within(EXACT));
        assertThat(english.longitude()).isCloseTo(151.2153, within(EXACT));
        assertThat(vietnamese.latitude()).isCloseTo(-33.8568, within(EXACT));
        assertThat(vietnamese.longitude()).isCloseTo(-70.5, within(EXACT));
        assertThat(vietnamese.notes())
                .contains("Chữ “N” được hiểu là Nam (vĩ độ Nam) vì các hướng khác ghi theo tiếng Việt.");
        assertThat(signed.latitude()).isCloseTo(-33.8568, within(EXACT));
    }

    @Test
    void readsALoneNAsNorthBesideEnglishLetters() {
        assertThat(reader.read("21.0285 N, 105.8542 E").latitude()).isCloseTo(21.0285, within(EXACT));
    }
}
