package vn.danvankheo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelChanged;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdates;

/**
 * Keeps the search index in step with the catalog. It runs on the catalog's outbox thread: throwing here leaves the
 * change pending in the outbox, to be delivered again once Elasticsearch answers.
 */
@Component
class ModelIndexer {

    private static final Logger log = LoggerFactory.getLogger(ModelIndexer.class);
    private static final int BULK_SIZE = 500;

    private final ModelIndex index;
    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final CountryGrids countryGrids;

    ModelIndexer(ModelIndex index, ModelCatalog catalog, ProgressUpdates updates, CountryGrids countryGrids) {
        this.index = index;
        this.catalog = catalog;
        this.updates = updates;
        this.countryGrids = countryGrids;
    }

    @EventListener
    void on(ModelChanged event) {
        try {
            ensureReady();
            var model = catalog.findPublished(event.modelId());
            if (model.isPresent()) {
                index.put(document(model.get()));
            } else {
                index.remove(event.modelId().toString());
            }
            countryGrids.indexChanged();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    /**
     * Looks for a lost index on its own, so the map does not stay empty until the next change to some model; while
     * search is down it simply tries again next time.
     */
    @Scheduled(
            fixedDelayString = "${dvk.search.heal-interval:30s}",
            initialDelayString = "${dvk.search.heal-interval:30s}")
    void heal() {
        try {
            ensureReady();
        } catch (IOException | RuntimeException e) {
            log.debug("Search index not checked: {}", e.toString());
        }
    }

    /**
     * A missing or half-filled index is filled from PostGIS before readers see it: the alias is added only after a
     * complete rebuild, so a rebuild cut short is simply done again.
     */
    synchronized void ensureReady() throws IOException {
        if (index.isReady()) {
            return;
        }
        index.createIfMissing();
        rebuild();
        index.markReady();
        countryGrids.indexChanged();
    }

    /** Fills the index from PostGIS, the source of truth, e.g. after the index was lost with a search node. */
    private void rebuild() throws IOException {
        List<UUID> ids = catalog.publishedIds();
        log.info("Rebuilding search index {} from {} published models", index.concreteName(), ids.size());
        List<ModelDocument> batch = new ArrayList<>(BULK_SIZE);
        for (UUID id : ids) {
            catalog.findPublished(id).map(this::document).ifPresent(batch::add);
            if (batch.size() == BULK_SIZE) {
                index.putAll(batch);
                batch.clear();
            }
        }
        index.putAll(batch);
    }

    private ModelDocument document(ModelView model) {
        return ModelDocument.of(model, updates.publishedTimeline(model.id()));
    }
}
