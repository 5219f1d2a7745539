package vn.danvankheo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelChanged;

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

    ModelIndexer(ModelIndex index, ModelCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    @EventListener
    void on(ModelChanged event) {
        try {
            if (index.createIfMissing()) {
                rebuild();
            }
            var model = catalog.findPublished(event.modelId());
            if (model.isPresent()) {
                index.put(ModelDocument.of(model.get()));
            } else {
                index.remove(event.modelId().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    /** Fills the index from PostGIS, the source of truth, e.g. after the index was lost with a search node. */
    void rebuild() throws IOException {
        List<UUID> ids = catalog.publishedIds();
        log.info("Rebuilding search index {} from {} published models", index.concreteName(), ids.size());
        List<ModelDocument> batch = new ArrayList<>(BULK_SIZE);
        for (UUID id : ids) {
            catalog.findPublished(id).map(ModelDocument::of).ifPresent(batch::add);
            if (batch.size() == BULK_SIZE) {
                index.putAll(batch);
                batch.clear();
            }
        }
        index.putAll(batch);
    }
}
