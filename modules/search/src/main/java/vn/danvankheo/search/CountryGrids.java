package vn.danvankheo.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The grids of the zooms that see the whole country, computed once for all of it and cut to each view, because there
 * one aggregation costs 80-90 ms over a million models while every visitor asks nearly the same question (ADR 0015).
 * A grid is recomputed in the background after the index changed, the stale one answering meanwhile, so a visitor
 * never waits for it and a change shows within about a second plus one aggregation.
 */
@Component
class CountryGrids {

    private static final Logger log = LoggerFactory.getLogger(CountryGrids.class);

    /** Elasticsearch makes a change searchable within its 1 s refresh; a grid started sooner may have missed it. */
    private static final Duration SETTLE = Duration.ofMillis(1_500);

    /** Filters visitors combine; the least recently asked are forgotten first. */
    private static final int GRIDS_KEPT = 128;

    /** A cached grid's cells over the whole country: at precision 12 (zoom 8, four times finer) under 10,000. */
    private static final int MAX_CELLS = 65_536;

    private final GridAggregation aggregation;
    private final Duration maxAge;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > GRIDS_KEPT;
        }
    };
    private volatile long lastChange = System.nanoTime() - SETTLE.toNanos();

    CountryGrids(GridAggregation aggregation, SearchProperties properties) {
        this.aggregation = aggregation;
        // Another instance's outbox may have indexed a change this one never heard of.
        this.maxAge = properties.gridMaxAge();
    }

    /** Called once a change is in the index; grids started before it settled are then stale. */
    void indexChanged() {
        lastChange = System.nanoTime();
    }

    Mono<List<MapCluster>> grid(ModelFilter filter, int precision) {
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(new Key(filter, precision), key -> new Entry());
        }
        synchronized (entry) {
            if (entry.cells == null) {
                return entry.inFlight == null ? start(entry, filter, precision) : entry.inFlight;
            }
            if (entry.inFlight == null && isStale(entry)) {
                start(entry, filter, precision)
                        .subscribe(cells -> {}, e -> log.debug("Country grid not refreshed: {}", e.toString()));
            }
            return Mono.just(entry.cells);
        }
    }

    private boolean isStale(Entry entry) {
        long now = System.nanoTime();
        return entry.startedAt - (lastChange + SETTLE.toNanos()) < 0 || now - entry.startedAt > maxAge.toNanos();
    }

    private Mono<List<MapCluster>> start(Entry entry, ModelFilter filter, int precision) {
        long started = System.nanoTime();
        entry.inFlight = aggregation
                .cells(filter.clauses(), precision, MAX_CELLS)
                .doOnNext(cells -> {
                    synchronized (entry) {
                        entry.cells = cells;
                        entry.startedAt = started;
                    }
                })
                .doFinally(signal -> {
                    synchronized (entry) {
                        entry.inFlight = null;
                    }
                })
                .cache();
        return entry.inFlight;
    }

    private record Key(ModelFilter filter, int precision) {}

    private static final class Entry {
        private List<MapCluster> cells;
        private long startedAt;
        private Mono<List<MapCluster>> inFlight;
    }
}
