package vn.danvankheo.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.search.MapCluster;
import vn.danvankheo.search.MapMarker;
import vn.danvankheo.search.MapMarkers;
import vn.danvankheo.search.MapView;

/** The GeoJSON the map reads, as a client parses it: longitude first, a cluster's cell, a model's properties. */
class MapGeoJsonTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aClusterIsAPointAtItsCentroidWithItsCountAndCell() {
        MapView view = new MapView(
                List.of(new MapCluster(21.03, 105.85, 1_234, new BoundingBox(105.5, 20.9, 106.0, 21.3))),
                List.of(),
                1_234,
                11);

        Map<String, Object> body = read(MapGeoJson.of(view));

        assertThat(body).containsEntry("type", "FeatureCollection").containsEntry("total", 1_234);
        assertThat(body).containsEntry("clustered", true);
        Map<String, Object> feature = features(body).get(0);
        assertThat(feature).containsEntry("type", "Feature");
        assertThat(feature.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(105.85, 21.03)));
        assertThat(feature.get("properties"))
                .isEqualTo(Map.of("cluster", true, "count", 1_234, "bounds", List.of(105.5, 20.9, 106.0, 21.3)));
    }

    @Test
    void aModelCarriesWhatItsMarkerAndPopupShowAndAPhotoOnlyWhenItHasOne() {
        UUID id = UUID.randomUUID();
        UUID photo = UUID.randomUUID();
        MapMarker withPhoto = new MapMarker(
                id,
                "dan-van-kheo",
                "Mô hình \"Dân vận khéo\"",
                Field.CULTURE_SOCIETY_PEOPLE,
                10.77,
                106.70,
                "Phường Sài Gòn",
                "Thành phố Hồ Chí Minh",
                2024,
                photo);
        MapMarker withoutPlace = new MapMarker(
                UUID.randomUUID(), "khac", "Khác", Field.CULTURE_SOCIETY_PEOPLE, 1, 2, null, null, 2020, null);

        Map<String, Object> body = read(MapGeoJson.of(new MapView(List.of(), List.of(withPhoto, withoutPlace), 2, -1)));

        assertThat(body).containsEntry("total", 2).containsEntry("clustered", false);
        Map<String, Object> first = features(body).get(0);
        assertThat(first).containsEntry("id", id.toString());
        assertThat(first.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(106.70, 10.77)));
        assertThat((Map<String, Object>) first.get("properties"))
                .containsEntry("slug", "dan-van-kheo")
                .containsEntry("name", "Mô hình \"Dân vận khéo\"")
                .containsEntry("field", "CULTURE_SOCIETY_PEOPLE")
                .containsEntry("fieldLabel", Field.CULTURE_SOCIETY_PEOPLE.labelVi())
                .containsEntry("fieldLabelEn", Field.CULTURE_SOCIETY_PEOPLE.labelEn())
                .containsEntry("commune", "Phường Sài Gòn")
                .containsEntry("province", "Thành phố Hồ Chí Minh")
                .containsEntry("yearStarted", 2024)
                .containsEntry("url", "/mo-hinh/dan-van-kheo")
                .containsEntry("photoUrl", "/media/" + photo);
        assertThat((Map<String, Object>) features(body).get(1).get("properties"))
                .containsEntry("commune", null)
                .doesNotContainKey("photoUrl");
    }

    @Test
    void theMarkersOfAViewSayWhetherMoreMatchedThanTheyHold() {
        MapMarker one = new MapMarker(
                UUID.randomUUID(), "mot", "Một", Field.CULTURE_SOCIETY_PEOPLE, 1, 2, "Xã", "Tỉnh", 2020, null);

        Map<String, Object> body = read(MapGeoJson.of(new MapMarkers.MarkerPage(List.of(one), 5)));

        assertThat(features(body)).hasSize(1);
        assertThat(body).containsEntry("total", 5).containsEntry("truncated", true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(byte[] json) {
        return JSON.readValue(json, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("features");
    }
}
