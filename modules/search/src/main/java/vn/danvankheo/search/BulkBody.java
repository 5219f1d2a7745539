package vn.danvankheo.search;

import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a {@code _bulk} request that indexes documents into the index named in its path, written straight as
 * bytes with the client's own mapper, so the documents are the ones the client would send, without the request and
 * response objects it would build around each of them.
 */
final class BulkBody {

    /** A document of a reindex is a few kilobytes, mostly its story thrice. */
    private static final int EXPECTED_DOCUMENT_BYTES = 4_096;

    private BulkBody() {}

    static byte[] of(List<ModelDocument> documents, JsonpMapper json) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(documents.size() * EXPECTED_DOCUMENT_BYTES);
        for (ModelDocument document : documents) {
            body.writeBytes(("{\"index\":{\"_id\":\"" + document.id() + "\"}}\n").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator generator = json.jsonProvider().createGenerator(body)) {
                json.serialize(document, generator);
            }
            body.write('\n');
        }
        return body.toByteArray();
    }
}
