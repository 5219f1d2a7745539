package vn.danvankheo.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelChanged;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdates;

/**
 * Keeps the search index in step with the catalog. It runs on the catalog's outbox thread: throwing here leaves the
 * change pending in the outbox, to be delivered again once Elasticsearch answers. Every delivery reads the model's
 * current public state, so a repeated or late one never writes stale data.
 */
@Component
class ModelIndexer {

    private static final Logger log = LoggerFactory.getLogger(ModelIndexer.class);
    static final int BATCH = 1_000;
    /** Changes left over after a build are applied while writes wait; a few, so they wait briefly. */
    private static final int CATCH_UP_UNDER_LOCK = 200;

    private final ModelIndex index;
    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final CountryGrids countryGrids;
    private Build building;

    ModelIndexer(ModelIndex index, ModelCatalog catalog, ProgressUpdates updates, CountryGrids countryGrids) {
        this.index = index;
        this.catalog = catalog;
        this.updates = updates;
        this.countryGrids = countryGrids;
    }

    @EventListener
    synchronized void on(ModelChanged event) {
        try {
            ensureReady();
            write(index.alias(), event.modelId());
            if (building != null) {
                building.changed().add(event.modelId());
            }
            countryGrids.indexChanged();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    /**
     * A missing index, or one of an older mapping, is rebuilt from PostGIS while changes wait in the outbox; readers
     * of an older index keep it until the new one is complete.
     */
    synchronized void ensureReady() throws IOException {
        if (index.isReady()) {
            return;
        }
        String name = index.newIndexName();
        index.create(name);
        fill(name, new ReindexProgress.Counter(catalog.publishedCount()));
        index.swapTo(name);
        countryGrids.indexChanged();
    }

    /**
     * A full rebuild while everything keeps working: readers use the current index, changes go on being written to
     * it and are remembered, and once the new index is filled the remembered ones are read again into it before the
     * alias moves. A change is thus either read by the build after it happened, or read again afterwards.
     */
    void rebuild(ReindexProgress.Counter progress) throws IOException {
        ensureReady();
        String name = index.newIndexName();
        index.create(name);
        synchronized (this) {
            building = new Build(name, java.util.concurrent.ConcurrentHashMap.newKeySet());
        }
        try {
            fill(name, progress);
            Set<UUID> changed = takeChanged();
            while (changed.size() > CATCH_UP_UNDER_LOCK) {
                for (UUID id : changed) {
                    write(name, id);
                }
                changed = takeChanged();
            }
            synchronized (this) {
                changed.addAll(takeChanged());
                for (UUID id : changed) {
                    write(name, id);
                }
                index.swapTo(name);
                countryGrids.indexChanged();
                building = null;
            }
        } finally {
            synchronized (this) {
                building = null;
            }
        }
    }

    private synchronized Set<UUID> takeChanged() {
        Set<UUID> taken = new HashSet<>(building.changed());
        building.changed().removeAll(taken);
        return taken;
    }

    private void write(String target, UUID modelId) throws IOException {
        var model = catalog.findPublished(modelId);
        if (model.isPresent()) {
            index.put(target, ModelDocument.of(model.get(), updates.publishedTimeline(modelId)));
        } else {
            index.remove(target, modelId.toString());
        }
    }

    /**
     * Reads PostGIS a page at a time, each page one bulk request. The next page is read and made into documents while
     * Elasticsearch indexes the previous one, so a build takes about as long as the slower of the two rather than
     * their sum; one page waits at most, so memory holds two.
     */
    private void fill(String name, ReindexProgress.Counter progress) throws IOException {
        log.info("Building search index {} from {} published models", name, progress.total());
        ExecutorService bulks = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-build-bulk"));
        try {
            Future<?> indexing = CompletableFuture.completedFuture(null);
            UUID after = null;
            List<ModelView> page;
            do {
                page = catalog.publishedAfter(after, BATCH);
                List<ModelDocument> documents = documents(page);
                finish(indexing);
                indexing = bulks.submit(() -> {
                    index.putAll(name, documents);
                    progress.add(documents.size());
                    return null;
                });
                after = page.isEmpty() ? null : page.get(page.size() - 1).id();
            } while (page.size() == BATCH);
            finish(indexing);
        } finally {
            bulks.shutdownNow();
        }
        log.info("Search index {} filled with {} models", name, progress.done());
    }

    private List<ModelDocument> documents(List<ModelView> page) {
        var timelines =
                updates.publishedTimelines(page.stream().map(ModelView::id).toList());
        return page.stream()
                .map(model -> ModelDocument.of(model, timelines.getOrDefault(model.id(), List.of())))
                .toList();
    }

    /** Waits for a page's bulk request; its failure is the build's. */
    private static void finish(Future<?> indexing) throws IOException {
        try {
            indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Search index build interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private record Build(String index, Set<UUID> changed) {}
}
