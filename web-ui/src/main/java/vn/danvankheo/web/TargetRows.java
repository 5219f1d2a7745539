package vn.danvankheo.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.registrations.IndicatorTarget;

/**
 * The registration form's indicator rows, as typed: numbered fields {@code indicator-N}, {@code unit-N},
 * {@code value-N}. Blank rows are left out; whether the rest are complete and high enough is the registration's rule.
 */
record TargetRows(List<Row> rows) {

    static final int BLANK_ROWS = 3;

    record Row(String indicator, String unit, String value) {

        boolean blank() {
            return isBlank(indicator) && isBlank(unit) && isBlank(value);
        }
    }

    /** Last year's targets for a continuing model, otherwise the indicators of the model's plan, then blank rows. */
    static TargetRows suggested(List<IndicatorTarget> lastYear, ModelPlan plan) {
        List<Row> rows = new ArrayList<>();
        if (!lastYear.isEmpty()) {
            lastYear.forEach(target -> rows.add(new Row(target.indicator(), target.unit(), null)));
        } else {
            plan.goals()
                    .forEach(goal -> goal.indicators()
                            .forEach(indicator -> rows.add(new Row(
                                    indicator.name(),
                                    indicator.unit(),
                                    indicator.target() == null
                                            ? null
                                            : indicator
                                                    .target()
                                                    .stripTrailingZeros()
                                                    .toPlainString()))));
        }
        return new TargetRows(rows).withBlankRows();
    }

    static TargetRows of(MultiValueMap<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("indicator-" + i) || form.containsKey("value-" + i); i++) {
            rows.add(new Row(form.getFirst("indicator-" + i), form.getFirst("unit-" + i), form.getFirst("value-" + i)));
        }
        return new TargetRows(rows);
    }

    TargetRows withBlankRows() {
        List<Row> padded =
                new ArrayList<>(rows.stream().filter(row -> !row.blank()).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            padded.add(new Row(null, null, null));
        }
        return new TargetRows(padded);
    }

    List<IndicatorTarget> targets() {
        List<IndicatorTarget> targets = new ArrayList<>();
        for (Row row : rows) {
            if (!row.blank()) {
                targets.add(new IndicatorTarget(
                        strip(row.indicator()), strip(row.unit()), number(row.indicator(), row.value())));
            }
        }
        return targets;
    }

    /** "1.500" and "2,5" are how people here write 1500 and 2.5. */
    private static BigDecimal number(String indicator, String value) {
        if (isBlank(value)) {
            return null;
        }
        String typed = value.strip().replace(" ", "");
        String plain = typed.contains(",")
                ? typed.replace(".", "").replace(',', '.')
                : typed.matches("\\d{1,3}(\\.\\d{3})+") ? typed.replace(".", "") : typed;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidRecognitionRequestException("Giá trị “" + value.strip() + "” của chỉ tiêu “"
                    + (isBlank(indicator) ? "chưa ghi tên" : indicator.strip()) + "” không phải là một số.");
        }
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
