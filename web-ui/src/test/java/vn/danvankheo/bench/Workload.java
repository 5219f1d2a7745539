package vn.danvankheo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * One line of the suite: the project's path and a baseline doing the same work by the shortest way, each called
 * with the call's number (so both sides get the same random viewport, point or page).
 *
 * @param calls measured calls per side
 * @param warmups calls per side before the measured ones, interleaved like them
 */
record Workload(
        String name,
        String project,
        IntConsumer projectCall,
        String baseline,
        IntConsumer baselineCall,
        int calls,
        int warmups) {

    /** As many warm-up calls as measured ones. */
    Workload(
            String name,
            String project,
            IntConsumer projectCall,
            String baseline,
            IntConsumer baselineCall,
            int calls) {
        this(name, project, projectCall, baseline, baselineCall, calls, calls);
    }

    /** Each call timed by the wall clock around it. */
    Result run() {
        return runTimed(null);
    }

    /** Each call timed by what {@code reported} says after it (a browser's own timing), or the wall clock if null. */
    Result runTimed(LongSupplier reported) {
        for (int i = 0; i < warmups; i++) {
            timed(projectCall, i, reported, new ArrayList<>());
            timed(baselineCall, i, reported, new ArrayList<>());
        }
        long[] projectNanos = new long[calls];
        long[] baselineNanos = new long[calls];
        List<String> projectErrors = new ArrayList<>();
        List<String> baselineErrors = new ArrayList<>();
        // Interleaved, so a neighbour's build slowing the machine weighs on both sides alike.
        for (int i = 0; i < calls; i++) {
            projectNanos[i] = timed(projectCall, warmups + i, reported, projectErrors);
            baselineNanos[i] = timed(baselineCall, warmups + i, reported, baselineErrors);
        }
        return new Result(
                this,
                Figures.of(projectNanos, projectErrors.size()),
                Figures.of(baselineNanos, baselineErrors.size()),
                projectErrors.isEmpty() ? baselineErrors.stream().findFirst().orElse(null) : projectErrors.get(0),
                projectNanos,
                baselineNanos);
    }

    /** A failed call counts with the time it took to fail, and as an error: the suite reports it, never stops. */
    private static long timed(IntConsumer call, int n, LongSupplier reported, List<String> errors) {
        long start = System.nanoTime();
        try {
            call.accept(n);
        } catch (RuntimeException e) {
            errors.add(e.getMessage());
            return System.nanoTime() - start;
        }
        long elapsed = System.nanoTime() - start;
        return reported == null ? elapsed : reported.getAsLong();
    }

    /**
     * @param projectNanos each measured call of the project's side, in order: entry {@code i} is call number
     *     {@code warmups + i}
     * @param baselineNanos the same for the baseline
     */
    record Result(
            Workload workload,
            Figures project,
            Figures baseline,
            String firstError,
            long[] projectNanos,
            long[] baselineNanos) {

        String row() {
            return String.format(
                    "| %s | %s | %s | %s | %s | %.2f |",
                    workload.name(),
                    workload.project(),
                    project.cells(),
                    workload.baseline(),
                    baseline.cells(),
                    project.p50() / baseline.p50());
        }

        static String header() {
            return """
                    | workload | project's path | p50 / p95 / p99 ms | calls/s | errors | baseline \
                    | p50 / p95 / p99 ms | calls/s | errors | p50 ratio |
                    |---|---|---|---|---|---|---|---|---|---|""";
        }
    }
}
