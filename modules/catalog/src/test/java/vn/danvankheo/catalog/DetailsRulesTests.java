package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvankheo.catalog.ModelDetails.PressContact;
import vn.danvankheo.catalog.ModelDetails.Site;

class DetailsRulesTests {

    private final DetailsRules rules = new DetailsRules();

    @Test
    void aFullPlanPasses() {
        assertThatCode(() -> rules.check(SampleModels.details(OwnerDisclosure.FULL_NAME, List.of("a"))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDetails")
    void badDetailsAreRefusedWithAMessageNamingThePart(ModelDetails details, String message) {
        assertThatThrownBy(() -> rules.check(details))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage(message);
    }

    static List<Arguments> badDetails() {
        return List.of(
                Arguments.of(
                        withPlan(new ModelPlan(
                                null,
                                List.of(new ModelPlan.Goal(" ", null)),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        "Mục tiêu 1 không được để trống."),
                Arguments.of(
                        withPlan(new ModelPlan(
                                null,
                                List.of(new ModelPlan.Goal(
                                        "Giảm rác",
                                        List.of(new ModelPlan.Indicator(
                                                "Tấn rác", "tấn", null, new BigDecimal("1e20"), null)))),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        "Giá trị mục tiêu của chỉ tiêu \"Tấn rác\" quá lớn."),
                Arguments.of(
                        withPlan(new ModelPlan(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new ModelPlan.Resources(null, null, -5L),
                                null,
                                null,
                                null)),
                        "Kinh phí xã hội hoá không được âm."),
                Arguments.of(
                        withPlan(new ModelPlan(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(new ModelPlan.Milestone(
                                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "Khảo sát")),
                                null,
                                null)),
                        "Mốc tiến độ \"Khảo sát\" kết thúc trước khi bắt đầu."),
                Arguments.of(
                        new ModelDetails(
                                null, false, null, null, null, List.of(new Site(48.85, 2.35, "Paris")), null, null),
                        "Địa điểm thực hiện (48.85, 2.35) nằm ngoài lãnh thổ Việt Nam."),
                Arguments.of(
                        new ModelDetails(
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                List.of(
                                        new Site(21.0, 105.0, null),
                                        new Site(21.1, 105.1, null),
                                        new Site(21.0, 105.1, null),
                                        new Site(21.1, 105.0, null)),
                                null),
                        "Vùng thực hiện không hợp lệ: các cạnh cắt nhau hoặc các đỉnh thẳng hàng."),
                Arguments.of(
                        new ModelDetails(
                                null,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                new PressContact("Chị Hoa", null, null, false)),
                        "Người liên hệ báo chí cần có số điện thoại hoặc thư điện tử."),
                Arguments.of(
                        new ModelDetails(null, false, null, null, List.of("x".repeat(41)), null, null, null),
                        "Thẻ \"" + "x".repeat(41) + "\" dài quá 40 ký tự."));
    }

    private static ModelDetails withPlan(ModelPlan plan) {
        return new ModelDetails(null, false, plan, null, null, null, null, null);
    }
}
