package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.search.ModelFilter.Recognition;

class ModelFilterTests {

    @Test
    void readsEveryFilterFromQueryParameters() {
        ModelFilter filter = read(Map.ofEntries(
                Map.entry("field", List.of("CULTURE_SOCIETY_PEOPLE,economy")),
                Map.entry("province", List.of("79", "01")),
                Map.entry("commune", List.of("00004")),
                Map.entry("recognition", List.of("none,central", "commune")),
                Map.entry("recognitionYear", List.of("2027")),
                Map.entry("owner", List.of("individual")),
                Map.entry("stage", List.of("continuing")),
                Map.entry("hasPhotos", List.of("true")),
                Map.entry("hasVideo", List.of("false")),
                Map.entry("startedFrom", List.of("2020")),
                Map.entry("startedTo", List.of("2026"))));

        assertThat(filter.fields())
                .containsExactlyInAnyOrder(Field.CULTURE_SOCIETY_PEOPLE, Field.ECONOMY_SCIENCE_ENVIRONMENT);
        assertThat(filter.provinceCodes()).containsExactlyInAnyOrder("79", "01");
        assertThat(filter.communeCodes()).containsExactly("00004");
        assertThat(filter.recognitions())
                .containsExactlyInAnyOrder(Recognition.NONE, Recognition.CENTRAL, Recognition.GRASSROOTS);
        assertThat(filter.recognitionYear()).isEqualTo(2027);
        assertThat(filter.ownerKind()).isEqualTo(OwnerKind.INDIVIDUAL);
        assertThat(filter.continuing()).isTrue();
        assertThat(filter.hasPhotos()).isTrue();
        assertThat(filter.hasVideo()).isFalse();
        assertThat(filter.startedFrom()).isEqualTo(2020);
        assertThat(filter.startedTo()).isEqualTo(2026);
        assertThat(filter.clauses()).hasSize(9);
    }

    @Test
    void blankValuesMeanAnyAsAFormSendsThem() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        ModelFilter.PARAMETERS.forEach(name -> form.put(name, List.of("")));

        ModelFilter filter = read(form);

        assertThat(filter.isAny()).isTrue();
        assertThat(filter.clauses()).isEmpty();
    }

    @Test
    void writesTheParametersItWasReadFrom() {
        ModelFilter filter = read(Map.of(
                "field", List.of("PARTY_AND_POLITICAL_SYSTEM"),
                "province", List.of("79"),
                "recognition", List.of("provincial"),
                "stage", List.of("new"),
                "hasVideo", List.of("true"),
                "startedTo", List.of("2024")));

        Map<String, String> parameters = filter.toParameters();

        assertThat(parameters)
                .containsExactly(
                        Map.entry("field", "PARTY_AND_POLITICAL_SYSTEM"),
                        Map.entry("province", "79"),
                        Map.entry("recognition", "provincial"),
                        Map.entry("stage", "new"),
                        Map.entry("hasVideo", "true"),
                        Map.entry("startedTo", "2024"));
        Map<String, List<String>> again = new LinkedHashMap<>();
        parameters.forEach((name, value) -> again.put(name, List.of(value)));
        assertThat(read(again)).isEqualTo(filter);
    }

    @Test
    void refusesAParameterNoOneKnowsAndNamesTheKnownOnes() {
        assertThatThrownBy(() -> read(Map.of("provnce", List.of("79"))))
                .isInstanceOf(InvalidModelFilterException.class)
                .hasMessageContaining("\"provnce\" không được hỗ trợ")
                .hasMessageContaining("province")
                .hasMessageContaining("bbox");
    }

    @Test
    void refusesValuesItCannotRead() {
        assertRefused("field", "SPORTS", "Lĩnh vực \"SPORTS\" không có trong danh mục");
        assertRefused("province", "7", "Mã tỉnh \"7\" không hợp lệ");
        assertRefused("commune", "Ba Đình", "Mã xã \"Ba Đình\" không hợp lệ");
        assertRefused("recognition", "national", "Cấp công nhận \"national\" không hợp lệ");
        assertRefused("recognitionYear", "20x6", "Năm \"20x6\" không hợp lệ");
        assertRefused("startedFrom", "1800", "Năm \"1800\" không hợp lệ");
        assertRefused("owner", "family", "Chủ thể \"family\" không hợp lệ");
        assertRefused("stage", "old", "Giai đoạn \"old\" không hợp lệ");
        assertRefused("hasPhotos", "yes", "chỉ nhận true (có) hoặc false (không)");
    }

    @Test
    void refusesTwoValuesWhereOneIsMeantAndAnEmptyYearRange() {
        assertThatThrownBy(() -> read(Map.of("owner", List.of("individual", "collective"))))
                .isInstanceOf(InvalidModelFilterException.class)
                .hasMessageContaining("chỉ nhận một giá trị");
        assertThatThrownBy(() -> read(Map.of("startedFrom", List.of("2026"), "startedTo", List.of("2020"))))
                .isInstanceOf(InvalidModelFilterException.class)
                .hasMessageContaining("phải không sau năm");
    }

    private static void assertRefused(String parameter, String value, String message) {
        assertThatThrownBy(() -> read(Map.of(parameter, List.of(value))))
                .isInstanceOf(InvalidModelFilterException.class)
                .hasMessageContaining(message);
    }

    private static ModelFilter read(Map<String, List<String>> parameters) {
        return ModelFilter.from(parameters, Set.of("bbox"));
    }
}
