package vn.danvankheo.recognition.registrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A continuing model registers again "với mục tiêu, chỉ tiêu cao hơn" (seed 000, II.1): every indicator of last
 * year must be there again, each one higher. Every shortfall is listed, so the unit fixes them at once.
 */
final class HigherTargets {

    private HigherTargets() {}

    static List<String> shortfalls(List<IndicatorTarget> lastYear, List<IndicatorTarget> thisYear) {
        Map<String, IndicatorTarget> now = thisYear.stream()
                .collect(Collectors.toMap(
                        target -> sameIndicator(target.indicator()), Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (IndicatorTarget before : lastYear) {
            IndicatorTarget after = now.get(sameIndicator(before.indicator()));
            if (after == null) {
                problems.add("chỉ tiêu “" + before.indicator() + "” của năm trước không có trong đăng ký năm nay");
            } else if (after.value().compareTo(before.value()) <= 0) {
                problems.add("chỉ tiêu “" + before.indicator() + "” năm nay " + amount(after)
                        + " không cao hơn năm trước (" + amount(before) + ")");
            }
        }
        return problems;
    }

    /** Last year's indicator is found again whatever its case and spacing this year. */
    private static String sameIndicator(String indicator) {
        return indicator == null
                ? ""
                : indicator.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String amount(IndicatorTarget target) {
        String value = target.value().stripTrailingZeros().toPlainString();
        return target.unit() == null || target.unit().isBlank()
                ? value
                : value + " " + target.unit().strip();
    }
}
