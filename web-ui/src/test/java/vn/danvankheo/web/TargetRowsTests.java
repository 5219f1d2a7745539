package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.registrations.IndicatorTarget;

class TargetRowsTests {

    @Test
    void numbersAreReadAsPeopleHereWriteThem() {
        var form = new LinkedMultiValueMap<String, String>();
        row(form, 0, "Suất cơm", "suất", "1.500");
        row(form, 1, "Tỷ lệ hộ tham gia", "%", "92,5");
        row(form, 2, "", "", "");
        row(form, 3, "Buổi gặp dân", "buổi", " 12 ");

        assertThat(TargetRows.of(form).targets())
                .extracting(IndicatorTarget::value)
                .containsExactly(new BigDecimal("1500"), new BigDecimal("92.5"), new BigDecimal("12"));
    }

    @Test
    void aValueThatIsNoNumberIsRefusedByItsIndicatorsName() {
        var form = new LinkedMultiValueMap<String, String>();
        row(form, 0, "Suất cơm", "suất", "ba trăm");

        assertThatThrownBy(() -> TargetRows.of(form).targets())
                .isInstanceOf(InvalidRecognitionRequestException.class)
                .hasMessage("Giá trị “ba trăm” của chỉ tiêu “Suất cơm” không phải là một số.");
    }

    @Test
    void aMissingValueIsLeftToTheRegistrationToRefuse() {
        var form = new LinkedMultiValueMap<String, String>();
        row(form, 0, "Suất cơm", "suất", "");

        assertThat(TargetRows.of(form).targets()).containsExactly(new IndicatorTarget("Suất cơm", "suất", null));
    }

    @Test
    void theFormSuggestsLastYearsIndicatorsWithoutTheirValuesBeforeThePlans() {
        ModelPlan plan = new ModelPlan(
                null,
                List.of(new ModelPlan.Goal(
                        "Bữa ăn cho người khó khăn",
                        List.of(new ModelPlan.Indicator("Suất cơm", "suất", null, new BigDecimal("300.0"), null)))),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(TargetRows.suggested(List.of(), plan).rows())
                .startsWith(new TargetRows.Row("Suất cơm", "suất", "300"))
                .hasSize(1 + TargetRows.BLANK_ROWS);
        assertThat(TargetRows.suggested(List.of(new IndicatorTarget("Hộ tham gia", "hộ", BigDecimal.TEN)), plan)
                        .rows())
                .startsWith(new TargetRows.Row("Hộ tham gia", "hộ", null));
    }

    private static void row(LinkedMultiValueMap<String, String> form, int i, String name, String unit, String value) {
        form.add("indicator-" + i, name);
        form.add("unit-" + i, unit);
        form.add("value-" + i, value);
    }
}
