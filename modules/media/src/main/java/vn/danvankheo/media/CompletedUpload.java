package vn.danvankheo.media;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload whose content was checked and kept: {@code mediaId} is what an owner keeps. A photo has renditions at
 * {@code renditionWidths}; a video and a document have none. A photo's EXIF position is offered as the model's
 * location, never taken as it without the contributor's say.
 */
public record CompletedUpload(
        UUID mediaId,
        UploadKind kind,
        String contentType,
        long sizeBytes,
        List<Integer> renditionWidths,
        Optional<GpsPosition> gps) {

    public CompletedUpload {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /** Videos and documents carry no position offered to the contributor. */
    public CompletedUpload(
            UUID mediaId, UploadKind kind, String contentType, long sizeBytes, List<Integer> renditionWidths) {
        this(mediaId, kind, contentType, sizeBytes, renditionWidths, Optional.empty());
    }
}
