package vn.danvankheo.search;

import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

/**
 * A model's search document as the JSON bytes Elasticsearch is sent, written with the client's own mapper: the same
 * bytes are kept (see {@link IndexedDocuments}) and sent again by a rebuild without being made or parsed again. The
 * model's position beside them is kept for the map; a document sent again from the kept bytes has none.
 */
record DocumentJson(UUID modelId, byte[] bytes, double latitude, double longitude) {

    /** A document is a few kilobytes, mostly its story twice. */
    private static final int EXPECTED_BYTES = 4_096;

    /** Kept bytes sent again as they are, without reading where the model is from them. */
    static DocumentJson sentAgain(UUID modelId, byte[] bytes) {
        return new DocumentJson(modelId, bytes, Double.NaN, Double.NaN);
    }

    boolean hasPosition() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    static DocumentJson of(ModelDocument document, JsonpMapper json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(EXPECTED_BYTES);
        try (JsonGenerator generator = json.jsonProvider().createGenerator(bytes)) {
            json.serialize(document, generator);
        }
        return new DocumentJson(
                UUID.fromString(document.id()),
                bytes.toByteArray(),
                document.location().lat(),
                document.location().lon());
    }
}
