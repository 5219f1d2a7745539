package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdate;

/**
 * Bulk writes to the read model for loads that bypass the outbox relay (generated data): the documents are the ones
 * the relay's indexer would write for the same public views. Blocking; call it from background work.
 */
@Service
public class SearchIndexing {

    private final ModelIndexer indexer;
    private final ModelIndex index;
    private final IndexedDocuments kept;
    private final JsonpMapper json;
    private final Set<BulkLoad> open = ConcurrentHashMap.newKeySet();

    SearchIndexing(ModelIndexer indexer, ModelIndex index, IndexedDocuments kept, ElasticsearchClient client) {
        this.indexer = indexer;
        this.index = index;
        this.kept = kept;
        this.json = client._jsonpMapper();
    }

    /** Creates and fills the index from the catalog if it is missing, as the first change would. */
    public void ensureReady() {
        try {
            indexer.ensureReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
    }

    /**
     * Readies the index for a long bulk load; closing the load gives it back its usual settings. A load still open
     * when the application stops (a seed interrupted) is closed then, so the site never keeps an index that does not
     * refresh.
     */
    public BulkLoad bulkLoad() {
        try {
            index.bulkLoading(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
        BulkLoad load = new BulkLoad();
        open.add(load);
        return load;
    }

    @PreDestroy
    void closeOpenLoads() {
        List.copyOf(open).forEach(BulkLoad::close);
    }

    /** A bulk load under way; {@link #close} restores the index's settings once the last one open ends. */
    public final class BulkLoad implements AutoCloseable {

        private BulkLoad() {}

        @Override
        public void close() {
            if (open.remove(this) && open.isEmpty()) {
                try {
                    index.bulkLoading(false);
                } catch (IOException e) {
                    throw new UncheckedIOException("Search index unreachable", e);
                }
            }
        }
    }

    /** @param publishedTimelines each model's approved progress updates, newest first; none if it has none */
    public void putAll(List<ModelView> published, Map<UUID, List<ProgressUpdate>> publishedTimelines) {
        List<ModelDocument> documents = published.stream()
                .map(model -> ModelDocument.of(model, publishedTimelines.getOrDefault(model.id(), List.of())))
                .toList();
        try {
            index.putAll(index.alias(), documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
        kept.keep(documents.stream()
                .map(document -> DocumentJson.of(document, json))
                .toList());
    }

    public void removeAll(List<UUID> ids) {
        try {
            index.removeAll(ids.stream().map(UUID::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Search index unreachable", e);
        }
        kept.forget(ids);
    }
}
