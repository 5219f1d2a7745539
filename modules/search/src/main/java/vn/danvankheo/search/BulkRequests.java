package vn.danvankheo.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk requests into one index with a bounded number under way: {@link #send} waits while that many are, so a fast
 * producer holds no more than that many bodies. Elasticsearch answers only whether any document failed (and why), not
 * one line per document; the first failure fails every later call.
 */
final class BulkRequests {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
    private static final JsonMapper ANSWERS = JsonMapper.builder().build();
    private static final int REASONS_SHOWN = 5;

    private final RestClient rest;
    private final String path;
    private final int inFlight;
    private final Semaphore permits;
    private final RequestOptions options;
    private final LongConsumer indexed;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /** @param indexed told of the documents of each request once Elasticsearch has indexed them all */
    BulkRequests(RestClient rest, String index, int inFlight, Duration timeout, LongConsumer indexed) {
        this.rest = rest;
        this.path = "/" + index + "/_bulk";
        this.inFlight = inFlight;
        this.permits = new Semaphore(inFlight);
        this.options = RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(SearchClientConfiguration.CONNECT_TIMEOUT_MILLIS)
                        .setSocketTimeout((int) timeout.toMillis())
                        .build())
                .build();
        this.indexed = indexed;
    }

    /** Sends a body of {@code documents} documents once fewer than the limit are under way. */
    void send(byte[] body, int documents) throws IOException {
        acquire(1);
        try {
            throwIfFailed();
        } catch (IOException e) {
            permits.release();
            throw e;
        }
        Request request = new Request("POST", path);
        request.addParameter("filter_path", "errors,items.*.error.type,items.*.error.reason");
        request.setEntity(new ByteArrayEntity(body, NDJSON));
        request.setOptions(options);
        rest.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try {
                    requireAllIndexed(response);
                    indexed.accept(documents);
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    permits.release();
                }
            }

            @Override
            public void onFailure(Exception e) {
                failure.compareAndSet(null, e);
                permits.release();
            }
        });
    }

    /** Waits for every request sent; throws the first failure. */
    void awaitAll() throws IOException {
        acquire(inFlight);
        permits.release(inFlight);
        throwIfFailed();
    }

    private void acquire(int count) throws InterruptedIOException {
        try {
            permits.acquire(count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Bulk indexing interrupted");
        }
    }

    private void throwIfFailed() throws IOException {
        Exception failed = failure.get();
        if (failed instanceof IOException io) {
            throw new IOException("Bulk indexing failed: " + io.getMessage(), io);
        }
        if (failed != null) {
            throw new IOException("Bulk indexing failed", failed);
        }
    }

    private static void requireAllIndexed(Response response) throws IOException {
        JsonNode answer = ANSWERS.readTree(EntityUtils.toByteArray(response.getEntity()));
        if (answer.path("errors").asBoolean(true)) {
            StringBuilder reasons = new StringBuilder();
            answer.path("items").values().stream()
                    .limit(REASONS_SHOWN)
                    .forEach(item -> item.values()
                            .forEach(action -> reasons.append(
                                            action.path("error").path("type").asString())
                                    .append(": ")
                                    .append(action.path("error").path("reason").asString())
                                    .append("; ")));
            throw new IOException("Elasticsearch refused documents: " + reasons);
        }
    }
}
