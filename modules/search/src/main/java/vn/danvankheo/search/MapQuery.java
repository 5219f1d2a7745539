package vn.danvankheo.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;

/**
 * One search the map sends Elasticsearch, finished down to its bytes: the path, the query string and the body. The map
 * and a benchmark's baseline send the very same object (through {@link MapClusters#firstRequest} and
 * {@link MapClusters#nextRequest}), so what the store is asked cannot drift between the two.
 */
public final class MapQuery {

    private final String path;
    private final Map<String, String> parameters;
    private final byte[] body;

    MapQuery(String path, Map<String, String> parameters, byte[] body) {
        this.path = path;
        this.parameters = Map.copyOf(parameters);
        this.body = body;
    }

    /** A new request for the low-level client each time: a request carries options and is not meant to be shared. */
    public Request request() {
        Request request = new Request("POST", path);
        request.addParameters(parameters);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return request;
    }

    /** For tests: what the query string says. */
    Map<String, String> parameters() {
        return parameters;
    }

    /** For tests: the body as text. */
    String body() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
