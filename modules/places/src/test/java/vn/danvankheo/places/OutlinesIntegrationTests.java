package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutlinesIntegrationTests extends PlacesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Outlines outlines;

    @Test
    void all34ProvincesAtNationalScaleStayUnder300Kilobytes() {
        String geojson = outlines.provinces(6);

        assertThat(geojson.getBytes(StandardCharsets.UTF_8).length).isLessThan(300 * 1024);
        JsonNode collection = JSON.readTree(geojson);
        assertThat(collection.get("features")).hasSize(34);
        JsonNode hanoi = collection.get("features").get(0);
        assertThat(hanoi.get("properties").get("fullName").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void zoomedInProvincesAreFinerThanTheNationalOnes() {
        assertThat(outlines.provinces(9).length())
                .isGreaterThan(outlines.provinces(6).length());
    }

    @Test
    void communesComeOnlyForAViewportAtRegionalZoom() {
        JsonNode hanoiCentre = JSON.readTree(outlines.communes(new BoundingBox(105.80, 21.00, 105.87, 21.05), 13));

        assertThat(hanoiCentre.get("features").size()).isBetween(5, 60);
        assertThat(hanoiCentre.toString()).contains("Phường Hoàn Kiếm", "Phường Ba Đình");
        assertThatThrownBy(() -> outlines.communes(new BoundingBox(102, 8, 110, 23), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thu phóng");
    }
}
