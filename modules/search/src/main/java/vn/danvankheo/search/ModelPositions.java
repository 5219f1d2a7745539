package vn.danvankheo.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.danvankheo.places.BoundingBox;

/**
 * Where every published model is, held in memory, so that the map without a filter is counted per cell here rather
 * than by an aggregation for each view (ADR 0033). A snapshot is read from search's own table of positions in the
 * background; the rows changed since, by this instance or any other, are asked for at most once a second while the
 * map is used, and laid over the snapshot ({@link HeldPositions}), so a published, moved or withdrawn model shows on a
 * view a second or so after it is indexed. The snapshot is read again once the changes grow many, and every hour.
 * Until the first snapshot is read, or when it cannot be, the map asks Elasticsearch as before; so it does for good
 * when there are more published models than a snapshot keeps ({@link PositionSnapshot#MAX_MODELS}).
 */
@Component
class ModelPositions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelPositions.class);

    /** Changes laid over a snapshot before it is read again, so that a view never walks many of them. */
    private static final int CHANGES_BEFORE_READING_AGAIN = 10_000;

    /** Rows asked for at once; more are asked for at the next view. */
    private static final int ROWS_AT_ONCE = 20_000;

    private static final long POLL_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long READ_AGAIN_NANOS = Duration.ofHours(1).toNanos();
    private static final long RETRY_NANOS = Duration.ofSeconds(5).toNanos();

    /**
     * Rows are asked for again this far back: a change is stamped when its transaction writes it and seen once it
     * commits, so one committed a little late is still found; a change laid over twice changes nothing.
     */
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final PositionRows rows;
    private final boolean enabled;
    private final Scheduler scheduler = Schedulers.newBoundedElastic(1, 4, "map-positions");
    private final AtomicBoolean working = new AtomicBoolean();
    private volatile HeldPositions held = HeldPositions.none(System.nanoTime());
    private volatile Instant changesAfter = Instant.EPOCH;
    private volatile long polledAt = System.nanoTime();
    private volatile long failedAt = System.nanoTime() - RETRY_NANOS;
    private volatile boolean readAgain;
    private volatile boolean tooMany;

    ModelPositions(PositionRows rows, SearchProperties properties) {
        this.rows = rows;
        this.enabled = properties.mapPositions();
    }

    @EventListener(ApplicationReadyEvent.class)
    void readOnStart() {
        refresh(held);
    }

    /**
     * Published models inside the box counted per cell of this precision, as of the last snapshot and the changes
     * since; empty when no snapshot is held or the precision is finer than it keeps.
     */
    Optional<CellSums> cells(BoundingBox box, int precision) {
        HeldPositions current = held;
        refresh(current);
        if (!current.isRead() || precision > PositionSnapshot.PRECISION) {
            return Optional.empty();
        }
        return Optional.of(current.cells(box, precision));
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }

    private void refresh(HeldPositions current) {
        long now = System.nanoTime();
        if (!enabled || tooMany || now - failedAt < RETRY_NANOS) {
            return;
        }
        boolean read = !current.isRead() || readAgain || now - current.readFrom() > READ_AGAIN_NANOS;
        if ((read || now - polledAt > POLL_NANOS) && working.compareAndSet(false, true)) {
            scheduler.schedule(read ? this::read : this::poll);
        }
    }

    private void read() {
        long started = System.nanoTime();
        try {
            PositionRows.Read read = rows.all(PositionSnapshot.MAX_MODELS);
            PositionSnapshot snapshot = PositionSnapshot.of(read.positions());
            synchronized (this) {
                held = held.over(snapshot, started, started - OVERLAP.toNanos());
                changesAfter = read.began().minus(OVERLAP);
                readAgain = false;
            }
            log.info(
                    "Map positions read: {} models in {} ms, {} MB held",
                    snapshot.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    snapshot.bytes() >> 20);
        } catch (PositionRows.TooManyModels e) {
            tooMany = true;
            log.warn("Map positions not held, the map asks Elasticsearch: {}", e.getMessage());
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            working.set(false);
        }
    }

    private void poll() {
        try {
            PositionRows.Changes changes = rows.changedSince(changesAfter, ROWS_AT_ONCE);
            synchronized (this) {
                long at = System.nanoTime();
                HeldPositions current = held;
                for (PositionRows.Changed row : changes.rows()) {
                    current.changed(
                            row.model(),
                            row.published(),
                            PointEncoding.storedLatitude(row.latitude()),
                            PointEncoding.storedLongitude(row.longitude()),
                            at);
                }
                boolean more = changes.rows().size() == ROWS_AT_ONCE;
                // With more rows to come, go on from the last one read, at the next view rather than a second later.
                changesAfter = more
                        ? changes.rows().get(ROWS_AT_ONCE - 1).changedAt()
                        : changes.asOf().minus(OVERLAP);
                readAgain = current.changeCount() > CHANGES_BEFORE_READING_AGAIN;
                polledAt = more ? at - POLL_NANOS : at;
            }
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            working.set(false);
        }
    }

    private void failed(RuntimeException e) {
        failedAt = System.nanoTime();
        log.warn("Map positions not read, the map asks Elasticsearch meanwhile: {}", e.toString());
    }
}
