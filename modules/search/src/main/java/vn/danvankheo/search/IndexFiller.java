package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;

/**
 * Fills a new index with every published model, its three stages overlapping: a thread of its own reads the next
 * page while the caller's thread makes the page before into a bulk body, while Elasticsearch indexes up to {@code
 * dvk.search.reindex.bulks-in-flight} earlier ones. A stage that runs ahead waits (one page read ahead, a permit per
 * bulk under way), so memory holds a few pages whatever the size of the catalog, and the build takes about as long as
 * its slowest stage rather than the sum of the three.
 *
 * <p>A page is the catalog's next published ids; each model's document is the one search kept when it last indexed
 * it ({@link IndexedDocuments}), sent as its bytes, and only the models with none kept, or one of an older format, are
 * read from the catalog and made again, and kept for the next rebuild (ADR 0029).
 */
@Component
class IndexFiller {

    private static final Logger log = LoggerFactory.getLogger(IndexFiller.class);
    private static final long READER_CHECK_MILLIS = 200;

    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final IndexedDocuments kept;
    private final RestClient rest;
    private final JsonpMapper json;
    private final ReindexProperties properties;

    IndexFiller(
            ModelCatalog catalog,
            ProgressUpdates updates,
            IndexedDocuments kept,
            RestClient searchRestClient,
            ElasticsearchClient client,
            ReindexProperties properties) {
        this.catalog = catalog;
        this.updates = updates;
        this.kept = kept;
        this.rest = searchRestClient;
        this.json = client._jsonpMapper();
        this.properties = properties;
    }

    void fill(String index, ReindexProgress.Counter progress) throws IOException {
        log.info("Building search index {} from {} published models", index, progress.total());
        BlockingQueue<Page> pages = new ArrayBlockingQueue<>(1);
        ExecutorService reading = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-build-read"));
        BulkRequests bulks =
                new BulkRequests(rest, index, properties.bulksInFlight(), properties.bulkTimeout(), progress::add);
        long remade = 0;
        try {
            Future<?> reader = reading.submit(() -> {
                read(pages);
                return null;
            });
            for (Page page = next(pages, reader); !page.isLast(); page = next(pages, reader)) {
                List<DocumentJson> made = page.made(json);
                List<DocumentJson> documents = page.inIdOrder(made);
                bulks.send(BulkBody.of(documents), documents.size());
                if (!made.isEmpty()) {
                    kept.keepUnlessCurrent(made);
                    remade += made.size();
                }
            }
            bulks.awaitAll();
        } finally {
            reading.shutdownNow();
        }
        log.info("Search index {} filled with {} models, {} made from the catalog", index, progress.done(), remade);
    }

    /** Pages in id order, with what was kept of them and the models to make again; an empty page last. */
    private void read(BlockingQueue<Page> pages) throws InterruptedException {
        int size = properties.batchSize();
        UUID after = null;
        List<UUID> ids;
        do {
            ids = catalog.publishedIdsAfter(after, size);
            if (ids.isEmpty()) {
                break;
            }
            UUID last = ids.get(ids.size() - 1);
            Map<UUID, byte[]> documents = kept.between(ids.get(0), last);
            List<UUID> missing =
                    ids.stream().filter(id -> !documents.containsKey(id)).toList();
            List<ModelView> models = catalog.published(missing);
            Map<UUID, List<ProgressUpdate>> timelines = models.isEmpty()
                    ? Map.of()
                    : updates.publishedTimelines(
                            models.stream().map(ModelView::id).toList());
            pages.put(new Page(ids, documents, models, timelines));
            after = last;
        } while (ids.size() == size);
        pages.put(new Page(List.of(), Map.of(), List.of(), Map.of()));
    }

    /** The next page read; the reader's failure is the build's. */
    private static Page next(BlockingQueue<Page> pages, Future<?> reader) throws IOException {
        try {
            while (true) {
                Page page = pages.poll(READER_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (page != null) {
                    return page;
                }
                if (reader.isDone() && pages.isEmpty()) {
                    reader.get();
                    throw new IllegalStateException("The page reader stopped before the last page");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Search index build interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("Reading published models failed", e.getCause());
        }
    }

    /**
     * @param ids the page's published models, in id order
     * @param documents what was kept of them, by model
     * @param models those with nothing kept, read from the catalog (one unpublished since the ids were read is absent)
     */
    private record Page(
            List<UUID> ids,
            Map<UUID, byte[]> documents,
            List<ModelView> models,
            Map<UUID, List<ProgressUpdate>> timelines) {

        boolean isLast() {
            return ids.isEmpty();
        }

        List<DocumentJson> made(JsonpMapper json) {
            return models.stream()
                    .map(model -> DocumentJson.of(
                            ModelDocument.of(model, timelines.getOrDefault(model.id(), List.of())), json))
                    .toList();
        }

        List<DocumentJson> inIdOrder(List<DocumentJson> made) {
            Map<UUID, byte[]> all = new HashMap<>(documents);
            made.forEach(document -> all.put(document.modelId(), document.bytes()));
            List<DocumentJson> ordered = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                byte[] bytes = all.get(id);
                if (bytes != null) {
                    ordered.add(DocumentJson.sentAgain(id, bytes));
                }
            }
            return ordered;
        }
    }
}
