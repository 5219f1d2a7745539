package vn.danvankheo.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the features of a (gzipped) GeoJSON FeatureCollection one at a time: the commune file has 1.2 million
 * vertices, and holding it whole as a tree would cost hundreds of megabytes for no reason.
 */
final class GeoJsonFeatures {

    // Reading one feature at a time leaves the rest of the array after each value, which is the point here.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeoJsonFeatures() {}

    static int forEach(Path file, Consumer<JsonNode> action) throws IOException {
        int count = 0;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " is not a GeoJSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if (!"features".equals(property)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(JSON.readTree(parser));
                    count++;
                }
            }
        }
        return count;
    }
}
