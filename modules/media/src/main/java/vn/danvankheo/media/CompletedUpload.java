package vn.danvankheo.media;

import java.util.List;
import java.util.UUID;

/**
 * An upload whose content was checked and kept: {@code mediaId} is what an owner keeps. A photo has renditions at
 * {@code renditionWidths}; a video and a document have none.
 */
public record CompletedUpload(
        UUID mediaId, UploadKind kind, String contentType, long sizeBytes, List<Integer> renditionWidths) {

    public CompletedUpload {
        renditionWidths = List.copyOf(renditionWidths);
    }
}
