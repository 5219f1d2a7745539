package vn.danvankheo.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How benchmarks print the times of many calls: the median, the 95th percentile and the mean, in milliseconds. */
public final class Timings {

    private Timings() {}

    public static String figures(List<Long> nanos) {
        List<Long> sorted = sorted(nanos);
        return String.format(
                Locale.ROOT,
                "p50 %.2f ms, p95 %.2f ms, mean %.2f ms",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6);
    }

    public static double median(List<Long> nanos) {
        return sorted(nanos).get(nanos.size() / 2);
    }

    private static List<Long> sorted(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }
}
