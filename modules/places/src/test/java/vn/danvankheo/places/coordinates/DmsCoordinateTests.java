package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DmsCoordinateTests {

    // 21°01'42.6" and 105°51'15.1"
    private static final double LATITUDE = 21 + 1 / 60.0 + 42.6 / 3600;
    private static final double LONGITUDE = 105 + 51 / 60.0 + 15.1 / 3600;
    private static final double EXACT = 1e-9;

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "21°01'42.6\"N 105°51'15.1\"E",
                "21°01'42.6\"N, 105°51'15.1\"E",
                "21 01 42.6 N, 105 51 15.1 E",
                "21 01 42.6 105 51 15.1",
                "21°01′42.6″N 105°51′15.1″E",
                "21°01’42.6”N, 105°51’15.1”E",
                "21°01'42,6\" B, 105°51'15,1\" Đ",
                "Vĩ độ Bắc 21°01'42.6\", Kinh độ Đông 105°51'15.1\"",
                "N 21°01'42.6\" E 105°51'15.1\"",
                "21 độ 01 phút 42,6 giây Bắc, 105 độ 51 phút 15,1 giây Đông",
                "21°01'42.6'' N 105°51'15.1'' E"
            })
    void readsDegreesMinutesSeconds(String text) {
        ReadCoordinate read = reader.read(text);

        assertThat(read.latitude()).isCloseTo(LATITUDE, within(EXACT));
        assertThat(read.longitude()).isCloseTo(LONGITUDE, within(EXACT));
        assertThat(read.format()).isEqualTo(CoordinateFormat.DEGREES_MINUTES_SECONDS);
    }

    @Test
    void readsDegreesAndDecimalMinutes() {
        ReadCoordinate read = reader.read("21°01.71'N 105°51.25'E");

        assertThat(read.latitude()).isCloseTo(21.0285, within(EXACT));
        assertThat(read.longitude()).isCloseTo(105 + 51.25 / 60, within(EXACT));
        assertThat(read.format()).isEqualTo(CoordinateFormat.DEGREES_MINUTES_SECONDS);
    }

    @Test
    void readsTheStyleOfVietnameseGazettes() {
        // As Thông tư 20/2019/TT-BGTVT prints point VP1: decimal comma in the seconds, typographic quotes.
        ReadCoordinate read = reader.read("12°33’36,0”N, 109°26’00,0”E");

        assertThat(read.latitude()).isCloseTo(12 + 33 / 60.0 + 36.0 / 3600, within(EXACT));
        assertThat(read.longitude()).isCloseTo(109 + 26 / 60.0, within(EXACT));
    }

    @Test
    void appliesSouthToTheWholeAngle() {
        ReadCoordinate read = reader.read("33°51'24.5\"S 151°12'55.1\"E");

        assertThat(read.latitude()).isCloseTo(-(33 + 51 / 60.0 + 24.5 / 3600), within(EXACT));
    }
}
