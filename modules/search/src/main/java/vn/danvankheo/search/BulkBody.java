package vn.danvankheo.search;

import co.elastic.clients.json.JsonpMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a {@code _bulk} request that indexes documents into the index named in its path, written straight from
 * the documents' JSON bytes, without the request and response objects the client would build around each of them.
 */
final class BulkBody {

    /** The action line of a document and the newline after its JSON. */
    private static final int FRAMING_BYTES = "{\"index\":{\"_id\":\"\"}}\n\n".length() + 36;

    private BulkBody() {}

    static byte[] of(List<ModelDocument> documents, JsonpMapper json) {
        return of(documents.stream()
                .map(document -> DocumentJson.of(document, json))
                .toList());
    }

    static byte[] of(List<DocumentJson> documents) {
        int size = 0;
        for (DocumentJson document : documents) {
            size += document.bytes().length + FRAMING_BYTES;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(size);
        for (DocumentJson document : documents) {
            body.writeBytes(
                    ("{\"index\":{\"_id\":\"" + document.modelId() + "\"}}\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(document.bytes());
            body.write('\n');
        }
        return body.toByteArray();
    }
}
