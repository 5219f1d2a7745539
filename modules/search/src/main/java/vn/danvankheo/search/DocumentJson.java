package vn.danvankheo.search;

import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

/**
 * A model's search document as the JSON bytes Elasticsearch is sent, written with the client's own mapper: the same
 * bytes are kept (see {@link IndexedDocuments}) and sent again by a rebuild without being made or parsed again.
 */
record DocumentJson(UUID modelId, byte[] bytes) {

    /** A document is a few kilobytes, mostly its story twice. */
    private static final int EXPECTED_BYTES = 4_096;

    static DocumentJson of(ModelDocument document, JsonpMapper json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(EXPECTED_BYTES);
        try (JsonGenerator generator = json.jsonProvider().createGenerator(bytes)) {
            json.serialize(document, generator);
        }
        return new DocumentJson(UUID.fromString(document.id()), bytes.toByteArray());
    }
}
