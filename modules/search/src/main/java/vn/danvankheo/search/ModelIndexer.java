package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelChanged;
import vn.danvankheo.catalog.ProgressUpdates;

/**
 * Keeps the search index in step with the catalog. It runs on the catalog's outbox thread: throwing here leaves the
 * change pending in the outbox, to be delivered again once Elasticsearch answers. Every delivery reads the model's
 * current public state, so a repeated or late one never writes stale data.
 */
@Component
class ModelIndexer {

    private static final Logger log = LoggerFactory.getLogger(ModelIndexer.class);
    /** Changes left over after a build are applied while writes wait; a few, so they wait briefly. */
    private static final int CATCH_UP_UNDER_LOCK = 200;
    /**
     * How often and how far apart a built index is counted against PostGIS before the alias moves: a change committed
     * but not yet relayed makes them differ until the relay delivers it (within a second or two).
     */
    private static final int COUNT_CHECKS = 20;

    private static final long COUNT_CHECK_PAUSE_MILLIS = 500;

    private final ModelIndex index;
    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final CountryGrids countryGrids;
    private final IndexFiller filler;
    private final IndexedDocuments kept;
    private final JsonpMapper json;
    private Build building;

    ModelIndexer(
            ModelIndex index,
            ModelCatalog catalog,
            ProgressUpdates updates,
            CountryGrids countryGrids,
            IndexFiller filler,
            IndexedDocuments kept,
            ElasticsearchClient client) {
        this.index = index;
        this.catalog = catalog;
        this.updates = updates;
        this.countryGrids = countryGrids;
        this.filler = filler;
        this.kept = kept;
        this.json = client._jsonpMapper();
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
        filler.fill(name, new ReindexProgress.Counter(catalog.publishedCount()));
        index.readyForReaders(name);
        index.swapTo(name);
        countryGrids.indexChanged();
    }

    /**
     * A full rebuild while everything keeps working: readers use the current index, changes go on being written to
     * it and are remembered, and once the new index is filled the remembered ones are read again into it before the
     * alias moves. A change is thus either read by the build after it happened, or read again afterwards. The alias
     * moves only once the new index holds as many models as PostGIS has published; a build that never gets there
     * fails and is dropped, and readers keep the index they have.
     */
    void rebuild(ReindexProgress.Counter progress) throws IOException {
        ensureReady();
        String name = index.newIndexName();
        index.create(name);
        synchronized (this) {
            building = new Build(name, ConcurrentHashMap.newKeySet());
        }
        boolean moved = false;
        try {
            filler.fill(name, progress);
            Set<UUID> changed = takeChanged();
            while (changed.size() > CATCH_UP_UNDER_LOCK) {
                for (UUID id : changed) {
                    write(name, id);
                }
                changed = takeChanged();
            }
            for (int check = 1; !moved; check++) {
                if (check > 1) {
                    pause();
                }
                moved = catchUpAndMove(name, changed, check == COUNT_CHECKS);
                changed = Set.of();
            }
        } finally {
            synchronized (this) {
                building = null;
            }
            if (!moved) {
                dropUnlessCurrent(name);
            }
        }
    }

    /** A failed build's index goes, unless the alias moved to it before something later failed. */
    private void dropUnlessCurrent(String name) {
        try {
            if (!index.current().filter(name::equals).isPresent()) {
                index.drop(name);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index {} of a failed build not dropped: {}", name, e.toString());
        }
    }

    /**
     * Writes the changes left while no other can come, and moves the alias if the new index is complete.
     *
     * @param last whether an incomplete index fails the build rather than waiting for the relay
     */
    private synchronized boolean catchUpAndMove(String name, Set<UUID> changed, boolean last) throws IOException {
        Set<UUID> left = new HashSet<>(changed);
        left.addAll(takeChanged());
        for (UUID id : left) {
            write(name, id);
        }
        index.readyForReaders(name);
        long indexed = index.count(name);
        long published = catalog.publishedCount();
        if (indexed == published) {
            index.swapTo(name);
            countryGrids.indexChanged();
            return true;
        }
        if (last) {
            throw new IOException("The new index %s holds %d models where PostGIS has %d published; readers keep %s"
                    .formatted(name, indexed, published, index.current().orElse("no index")));
        }
        return false;
    }

    private static void pause() throws InterruptedIOException {
        try {
            Thread.sleep(COUNT_CHECK_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Search index build interrupted");
        }
    }

    private synchronized Set<UUID> takeChanged() {
        Set<UUID> taken = new HashSet<>(building.changed());
        building.changed().removeAll(taken);
        return taken;
    }

    /** The model's document as it is now, or none; kept for the next rebuild once Elasticsearch has it. */
    private void write(String target, UUID modelId) throws IOException {
        var model = catalog.findPublished(modelId);
        if (model.isPresent()) {
            ModelDocument document = ModelDocument.of(model.get(), updates.publishedTimeline(modelId));
            index.put(target, document);
            kept.keep(List.of(DocumentJson.of(document, json)));
        } else {
            index.remove(target, modelId.toString());
            kept.forget(List.of(modelId));
        }
    }

    private record Build(String index, Set<UUID> changed) {}
}
