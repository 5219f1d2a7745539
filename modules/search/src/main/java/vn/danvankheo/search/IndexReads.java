package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Searches built with the typed client's builders, like every other, but sent as bytes on the web server's own event
 * loops ({@link SearchConnections}) and read with Jackson's streaming parser straight into what the caller shows: the
 * typed client read each answer into a tree of objects (hits, sources, buckets, variants) that the map and the search
 * then copied into their own records (ADR 30, ADR 34). A {@code filter_path} leaves in each answer only what its
 * reader reads.
 */
@Component
class IndexReads {

    private final SearchConnections connections;
    private final JsonpMapper mapper;
    private final ModelIndex index;

    IndexReads(SearchConnections connections, ElasticsearchAsyncClient client, ModelIndex index) {
        this.connections = connections;
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

    /** Sent and read on the web server's event loop that asks (ADR 34); cancelling the Mono aborts the request. */
    <T> Mono<T> send(IndexQuery query, Function<InputStream, T> reader) {
        return connections.post(query, reader);
    }
}
