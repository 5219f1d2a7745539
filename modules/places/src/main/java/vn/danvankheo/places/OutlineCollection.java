package vn.danvankheo.places;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Outlines as a GeoJSON FeatureCollection, with a tag that changes only when the text does: outlines change with a
 * new data release, so a browser revalidates them without fetching them again.
 */
public record OutlineCollection(String geoJson, String etag) {

    static OutlineCollection of(String geoJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(geoJson.getBytes(StandardCharsets.UTF_8));
            return new OutlineCollection(geoJson, HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
