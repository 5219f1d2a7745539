package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
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
 * page from PostGIS while the caller's thread makes the page before into a bulk body, while Elasticsearch indexes up to
 * {@code dvk.search.reindex.bulks-in-flight} earlier ones. A stage that runs ahead waits (one page read ahead, a permit
 * per bulk under way), so memory holds a few pages whatever the size of the catalog, and the build takes about as
 * long as its slowest stage rather than the sum of the three.
 */
@Component
class IndexFiller {

    private static final Logger log = LoggerFactory.getLogger(IndexFiller.class);
    private static final long READER_CHECK_MILLIS = 200;

    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final RestClient rest;
    private final JsonpMapper json;
    private final ReindexProperties properties;

    IndexFiller(
            ModelCatalog catalog,
            ProgressUpdates updates,
            RestClient searchRestClient,
            ElasticsearchClient client,
            ReindexProperties properties) {
        this.catalog = catalog;
        this.updates = updates;
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
        try {
            Future<?> reader = reading.submit(() -> {
                read(pages);
                return null;
            });
            for (Page page = next(pages, reader); !page.isLast(); page = next(pages, reader)) {
                bulks.send(BulkBody.of(page.documents(), json), page.models().size());
            }
            bulks.awaitAll();
        } finally {
            reading.shutdownNow();
        }
        log.info("Search index {} filled with {} models", index, progress.done());
    }

    /** Pages in id order, each with its models' timelines; an empty page last. */
    private void read(BlockingQueue<Page> pages) throws InterruptedException {
        int size = properties.batchSize();
        UUID after = null;
        List<ModelView> models;
        do {
            models = catalog.publishedAfter(after, size);
            if (models.isEmpty()) {
                break;
            }
            pages.put(new Page(
                    models,
                    updates.publishedTimelines(
                            models.stream().map(ModelView::id).toList())));
            after = models.get(models.size() - 1).id();
        } while (models.size() == size);
        pages.put(new Page(List.of(), Map.of()));
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

    private record Page(List<ModelView> models, Map<UUID, List<ProgressUpdate>> timelines) {

        boolean isLast() {
            return models.isEmpty();
        }

        List<ModelDocument> documents() {
            return models.stream()
                    .map(model -> ModelDocument.of(model, timelines.getOrDefault(model.id(), List.of())))
                    .toList();
        }
    }
}
