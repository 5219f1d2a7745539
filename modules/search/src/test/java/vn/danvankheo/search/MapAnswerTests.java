package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvankheo.catalog.Field;

class MapAnswerTests {

    /** An answer as Elasticsearch writes it under the map's filter_path, with a member it does not ask for. */
    private static final String CELLS = """
            {"took":3,"aggregations":{"cells":{"buckets":[
              {"key":"14/13002/7217","doc_count":3,
               "centroid":{"location":{"lat":21.0301,"lon":105.8312},"count":3}},
              {"key":"14/13003/7217","doc_count":12,
               "centroid":{"location":{"lat":21.0288,"lon":105.8551}}}]}}}
            """;

    private static final UUID ID = UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final UUID PHOTO = UUID.fromString("1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b");

    private static final String MODELS = """
            {"hits":{"hits":[
              {"_source":{"id":"%s","slug":"nuoc-sach","name":"Nước sạch cho bản","field":"ECONOMY_SCIENCE_ENVIRONMENT",
                "location":{"lat":21.5,"lon":105.25},"communeName":"Xã Tân Lập","provinceName":"Tỉnh Phú Thọ",
                "yearStarted":2021,"photoId":"%s","extra":[1,{"a":2}]}},
              {"_source":{"id":"%s","slug":"doc-sach","name":"Đọc sách","field":"ECONOMY_SCIENCE_ENVIRONMENT",
                "location":{"lat":10.0,"lon":106.0},"communeName":"Xã A","provinceName":"Tỉnh B",
                "yearStarted":2019,"photoId":null}}]}}
            """.formatted(ID, PHOTO, PHOTO);

    @Test
    void readsEachCellWithItsCountCentroidAndTile() {
        MapAnswer answer = MapAnswer.read(body(CELLS));

        assertThat(answer.models()).isEmpty();
        assertThat(answer.cells()).hasSize(2);
        MapCluster first = answer.cells().get(0);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.latitude()).isEqualTo(21.0301);
        assertThat(first.longitude()).isEqualTo(105.8312);
        assertThat(first.bounds()).isEqualTo(new MapTile(14, 13002, 7217).bounds());
        assertThat(answer.total()).isEqualTo(15);
    }

    @Test
    void readsTheModelsMarkerFieldsAndAPhotoOnlyWhenThereIsOne() {
        MapAnswer answer = MapAnswer.read(body(MODELS));

        assertThat(answer.cells()).isEmpty();
        assertThat(answer.models())
                .containsExactly(
                        new MapMarker(
                                ID,
                                "nuoc-sach",
                                "Nước sạch cho bản",
                                Field.ECONOMY_SCIENCE_ENVIRONMENT,
                                21.5,
                                105.25,
                                "Xã Tân Lập",
                                "Tỉnh Phú Thọ",
                                2021,
                                PHOTO),
                        new MapMarker(
                                PHOTO,
                                "doc-sach",
                                "Đọc sách",
                                Field.ECONOMY_SCIENCE_ENVIRONMENT,
                                10.0,
                                106.0,
                                "Xã A",
                                "Tỉnh B",
                                2019,
                                null));
    }

    @Test
    void anAnswerWithNothingLeftByTheFilterPathIsEmpty() {
        // Elasticsearch answers {} when the filter path leaves nothing: no cell and no model in the view.
        MapAnswer answer = MapAnswer.read(body("{}"));

        assertThat(answer.cells()).isEmpty();
        assertThat(answer.models()).isEmpty();
        assertThat(MapAnswer.total(body("{}"))).isZero();
    }

    @Test
    void theCountsAloneAddUpToWhatTheFullReadingCounts() {
        assertThat(MapAnswer.total(body(CELLS))).isEqualTo(15);
        assertThat(MapAnswer.total(body(MODELS))).isZero();
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
