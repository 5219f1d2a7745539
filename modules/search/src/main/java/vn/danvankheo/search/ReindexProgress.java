package vn.danvankheo.search;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a full reindex stands.
 *
 * @param state IDLE before any, RUNNING, DONE or FAILED
 * @param error why it failed, for the operator
 */
public record ReindexProgress(
        String state, long done, long total, Instant startedAt, Instant finishedAt, String error) {

    static ReindexProgress idle() {
        return new ReindexProgress("IDLE", 0, 0, null, null, null);
    }

    public boolean running() {
        return state.equals("RUNNING");
    }

    /** Counted by the build as it goes, read by whoever asks. */
    static final class Counter {

        private final long total;
        private final AtomicLong done = new AtomicLong();

        Counter(long total) {
            this.total = total;
        }

        void add(long models) {
            done.addAndGet(models);
        }

        long done() {
            return done.get();
        }

        long total() {
            return total;
        }
    }
}
