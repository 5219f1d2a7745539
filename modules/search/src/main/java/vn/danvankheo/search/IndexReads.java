package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Searches built with the typed client's builders, like every other, but sent with the low-level client and read
 * with Jackson's streaming parser straight into what the caller shows: the typed client read each answer into a tree
 * of objects (hits, sources, buckets, variants) that the map and the search then copied into their own records
 * (ADR 30, ADR 34). A {@code filter_path} leaves in each answer only what its reader reads.
 */
@Component
class IndexReads {

    private final RestClient rest;
    private final JsonpMapper mapper;
    private final ModelIndex index;

    IndexReads(RestClient searchRestClient, ElasticsearchAsyncClient client, ModelIndex index) {
        this.rest = searchRestClient;
        this.mapper = client._jsonpMapper();
        this.index = index;
    }

    /**
     * The body as the typed client would send it, to the models' alias; no {@code typed_keys}, so aggregations keep
     * their plain names.
     *
     * @param filterPath the parts of the answer its reader reads
     * @param requestCache false to keep the answer out of the shard request cache; absent, the index decides
     */
    IndexQuery query(SearchRequest search, String filterPath, boolean requestCache) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        try (JsonGenerator json = mapper.jsonProvider().createGenerator(body)) {
            search.serialize(json, mapper);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!requestCache) {
            parameters.put("request_cache", "false");
        }
        parameters.put("filter_path", filterPath);
        return new IndexQuery("/" + index.alias() + "/_search", parameters, body.toByteArray());
    }

    /** Read on the client's I/O thread, as the typed client did; cancelling the Mono aborts the request. */
    <T> Mono<T> send(IndexQuery query, Function<InputStream, T> reader) {
        return Mono.create(sink -> {
            Cancellable call = rest.performRequestAsync(query.request(), new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    try (InputStream body = response.getEntity().getContent()) {
                        sink.success(reader.apply(body));
                    } catch (IOException | RuntimeException e) {
                        sink.error(e);
                    }
                }

                @Override
                public void onFailure(Exception e) {
                    sink.error(e);
                }
            });
            sink.onCancel(call::cancel);
        });
    }
}
