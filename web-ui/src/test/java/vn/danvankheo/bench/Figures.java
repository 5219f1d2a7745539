package vn.danvankheo.bench;

import java.util.Arrays;

/** Latencies of one side of a workload: percentiles in milliseconds and calls per second, one caller at a time. */
record Figures(double p50, double p95, double p99, double perSecond, int calls, int errors) {

    static Figures of(long[] nanos, int errors) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum();
        return new Figures(
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.length / (total / 1e9),
                sorted.length,
                errors);
    }

    private static double percentile(long[] sorted, double p) {
        int at = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    String cells() {
        return String.format("%.2f / %.2f / %.2f | %.1f | %d", p50, p95, p99, perSecond, errors);
    }
}
