package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundingBoxTests {

    @Test
    void readsLeafletsBboxString() {
        assertThat(BoundingBox.parse("102.1,8.4,109.5,23.4")).isEqualTo(new BoundingBox(102.1, 8.4, 109.5, 23.4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,2,3", "a,b,c,d", "102,23.4,109,8.4", "109,8,102,23", "0,-91,1,0", "NaN,1,2,3"})
    void refusesWhatIsNotAViewport(String text) {
        assertThatThrownBy(() -> BoundingBox.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bản đồ");
    }
}
