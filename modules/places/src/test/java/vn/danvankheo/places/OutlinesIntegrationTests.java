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
    void all34ProvincesAtTheCountrysZoomTakeAFewTensOfKilobytes() {
        String geojson = outlines.provinces(5).geoJson();

        assertThat(geojson.getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);
        JsonNode collection = JSON.readTree(geojson);
        assertThat(collection.get("features")).hasSize(34);
        JsonNode hanoi = collection.get("features").get(0);
        assertThat(hanoi.get("id").asString()).isEqualTo("01");
        assertThat(hanoi.get("properties").get("fullName").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(hanoi.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void eachNationalZoomIsFinerThanTheOneBelowAndTheDetailedOutlinesServeEveryZoomFrom8() {
        int previous = 0;
        for (int zoom = 4; zoom <= 8; zoom++) {
            int size = outlines.provinces(zoom).geoJson().length();
            assertThat(size).as("zoom %d", zoom).isGreaterThan(previous);
            previous = size;
        }
        assertThat(outlines.provinces(2)).isEqualTo(outlines.provinces(4));
        assertThat(outlines.provinces(12)).isEqualTo(outlines.provinces(8));
        assertThat(outlines.provinces(5).etag())
                .isNotEqualTo(outlines.provinces(6).etag());
    }

    @Test
    void islandsSmallerThanAPixelStayOnTheMapAsMarks() {
        // Hoàng Sa belongs to Đà Nẵng (48), Trường Sa to Khánh Hòa (56): far out at sea, each island under a pixel.
        JsonNode collection = JSON.readTree(outlines.provinces(5).geoJson());
        for (JsonNode province : collection.get("features")) {
            String code = province.get("id").asString();
            double eastmost = 0;
            for (JsonNode polygon : province.get("geometry").get("coordinates")) {
                for (JsonNode point : polygon.get(0)) {
                    eastmost = Math.max(eastmost, point.get(0).asDouble());
                }
            }
            if (code.equals("48") || code.equals("56")) {
                assertThat(eastmost).as("province %s", code).isGreaterThan(111.0);
            }
        }
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
