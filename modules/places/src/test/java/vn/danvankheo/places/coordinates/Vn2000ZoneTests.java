package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Vn2000ZoneTests {

    @Test
    void holdsTheSeventeenDistinctMeridiansOfThongTu973() {
        assertThat(Arrays.stream(Vn2000Zone.values()).map(Vn2000Zone::centralMeridian))
                .containsExactly(
                        103.0, 104.0, 104.5, 104.75, 105.0, 105.5, 105.75, 106.0, 106.25, 106.5, 107.0, 107.25, 107.5,
                        107.75, 108.0, 108.25, 108.5);
    }

    @Test
    void findsAZoneByItsMeridian() {
        assertThat(Vn2000Zone.ofCentralMeridian(105.75)).contains(Vn2000Zone.MERIDIAN_105_45);
        assertThat(Vn2000Zone.ofCentralMeridian(108 + 15 / 60.0)).contains(Vn2000Zone.MERIDIAN_108_15);
        assertThat(Vn2000Zone.ofCentralMeridian(103.5)).isEmpty();
        assertThat(Vn2000Zone.ofCentralMeridian(111)).isEmpty();
    }

    @Test
    void labelsTheMeridianAsSurveyorsWriteIt() {
        assertThat(Vn2000Zone.MERIDIAN_105_00.label()).isEqualTo("105°00'");
        assertThat(Vn2000Zone.MERIDIAN_107_45.label()).isEqualTo("107°45'");
    }
}
