package vn.danvankheo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.danvankheo.catalog.ModelView;

/**
 * Bulk writes to the read model for loads that bypass the outbox relay (generated data): the documents are the ones
 * the relay's indexer would write for the same public views. Blocking; call it from background work.
 */
@Service
public class SearchIndexing {

    private final ModelIndexer indexer;
    private final ModelIndex index;

    SearchIndexing(ModelIndexer indexer, ModelIndex index) {
        this.indexer = indexer;
        this.index = index;
    }

    /** Creates and fills the index from the catalog if it is missing, as the first change would. */
    public void ensureReady() {
        try {
            indexer.ensureReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    public void putAll(List<ModelView> published) {
        try {
            // Generated models have no progress updates yet, so their public timeline is empty.
            index.putAll(
                    index.alias(),
                    published.stream()
                            .map(model -> ModelDocument.of(model, List.of()))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    public void removeAll(List<UUID> ids) {
        try {
            index.removeAll(ids.stream().map(UUID::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }
}
