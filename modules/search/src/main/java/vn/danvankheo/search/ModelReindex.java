package vn.danvankheo.search;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.danvankheo.catalog.ModelCatalog;

/**
 * Rebuilds the search index from PostGIS on request, e.g. after a mapping change or to repair it, on one thread of
 * its own: at most one rebuild runs, and searching and indexing go on meanwhile.
 */
@Service
public class ModelReindex {

    private static final Logger log = LoggerFactory.getLogger(ModelReindex.class);

    private final ModelIndexer indexer;
    private final ModelCatalog catalog;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-reindex"));
    private ReindexProgress finished = ReindexProgress.idle();
    private ReindexProgress.Counter counter;
    private Instant startedAt;

    ModelReindex(ModelIndexer indexer, ModelCatalog catalog) {
        this.indexer = indexer;
        this.catalog = catalog;
    }

    /** Starts a rebuild unless one runs; either way returns where it stands. Blocking: call off the event loop. */
    public synchronized ReindexProgress start() {
        if (counter == null) {
            counter = new ReindexProgress.Counter(catalog.publishedCount());
            startedAt = Instant.now();
            ReindexProgress.Counter running = counter;
            thread.execute(() -> run(running));
        }
        return progress();
    }

    public synchronized ReindexProgress progress() {
        if (counter == null) {
            return finished;
        }
        return new ReindexProgress("RUNNING", counter.done(), counter.total(), startedAt, null, null);
    }

    private void run(ReindexProgress.Counter running) {
        String error = null;
        try {
            indexer.rebuild(running);
        } catch (Exception e) {
            log.warn("Search reindex failed", e);
            error = e.toString();
        }
        synchronized (this) {
            finished = new ReindexProgress(
                    error == null ? "DONE" : "FAILED",
                    running.done(),
                    running.total(),
                    startedAt,
                    Instant.now(),
                    error);
            counter = null;
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
