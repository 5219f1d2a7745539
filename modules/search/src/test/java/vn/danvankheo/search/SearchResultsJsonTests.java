package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danvankheo.search.SearchResults.FacetCount;

class SearchResultsJsonTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesEveryPropertyAsTheGenericRecordSerializerWould() throws Exception {
        assertSameAsGeneric(new SearchResults(
                196_126,
                List.of(
                        new FoundModel(
                                "a1",
                                "cho-phien",
                                "/mo-hinh/cho-phien",
                                "Chợ phiên \"không\" dùng tiền",
                                "<mark>Chợ</mark> phiên",
                                "… <mark>chợ</mark> &amp; phiên …",
                                "/media/p1?w=320",
                                "Xã Tân Lập",
                                "Tỉnh Phú Thọ",
                                "CULTURE_SOCIETY_PEOPLE",
                                "Văn hoá – xã hội",
                                2021,
                                Instant.parse("2026-08-20T14:57:33.826Z"),
                                List.of("Điển hình cấp tỉnh 2025", "Cá nhân")),
                        new FoundModel(
                                "b2",
                                "doc-sach",
                                "/mo-hinh/doc-sach",
                                "Đọc sách",
                                "Đọc sách",
                                "",
                                null,
                                null,
                                null,
                                "ECONOMY_SCIENCE_ENVIRONMENT",
                                "Kinh tế",
                                2019,
                                null,
                                List.of())),
                "czE",
                facets(),
                List.of("Tỉnh Phú Thọ"),
                "chợ phiên"));
    }

    @Test
    void writesAnEmptyPageAsTheGenericRecordSerializerWould() throws Exception {
        assertSameAsGeneric(new SearchResults(0, List.of(), null, Map.of(), List.of(), null));
    }

    private static Map<String, List<FacetCount>> facets() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("field", List.of(new FacetCount("CULTURE_SOCIETY_PEOPLE", "Văn hoá – xã hội", 12)));
        facets.put("province", List.of(new FacetCount("25", "Tỉnh Phú Thọ", 2), new FacetCount("01", "Hà Nội", 1)));
        facets.put("hasVideo", List.of());
        return facets;
    }

    /**
     * Against each component serialized by the generic record serializer: a component added to the record and not to
     * the hand-written one fails here.
     */
    private static void assertSameAsGeneric(SearchResults results) throws Exception {
        ObjectNode expected = JSON.createObjectNode();
        for (RecordComponent component : SearchResults.class.getRecordComponents()) {
            expected.set(
                    component.getName(),
                    JSON.valueToTree(component.getAccessor().invoke(results)));
        }

        JsonNode written = JSON.readTree(JSON.writeValueAsString(results));

        // Both read back from text, so a number compares as a number whatever width it was written from.
        assertThat(written).isEqualTo(JSON.readTree(JSON.writeValueAsString(expected)));
    }
}
