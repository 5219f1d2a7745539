package vn.danvankheo.media;

import java.util.List;
import java.util.UUID;

/**
 * A file kept in object storage; the id is all an owner needs to keep. Content type, size and hash describe the
 * original as received, which stays private; the public is served the renditions, one per width in
 * {@code renditionWidths} (ascending; a photo narrower than a width is kept there at its own width).
 */
public record StoredMedia(
        UUID id, String contentType, long sizeBytes, String sha256, PhotoFacts facts, List<Integer> renditionWidths) {

    public StoredMedia {
        renditionWidths = List.copyOf(renditionWidths);
    }
}
