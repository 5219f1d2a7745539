package vn.danvankheo.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;

/**
 * One search sent to Elasticsearch, finished down to its bytes: the path, the query string and the body. The map and
 * the journalists' search, and a benchmark's baselines, send the very same object (through {@link
 * MapClusters#firstRequest}, {@link MapClusters#nextRequest} and {@link ModelSearch#requests}), so what the store is
 * asked cannot drift between them. Built and sent by {@link IndexReads}.
 */
public final class IndexQuery {

    private final String path;
    private final Map<String, String> parameters;
    private final byte[] body;

    IndexQuery(String path, Map<String, String> parameters, byte[] body) {
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

    /** The path with its query string, each value encoded, for a client that takes the address whole. */
    String pathAndQuery() {
        StringBuilder address = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            address.append(separator)
                    .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }

    /** The body, not copied: nothing writes to it. */
    byte[] bytes() {
        return body;
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
