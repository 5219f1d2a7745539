package vn.danvankheo.media;

import java.util.List;
import java.util.UUID;

/**
 * An upload as storage holds it, which is what a browser resumes from after a dropped connection or a reload.
 *
 * @param uploadedParts the part numbers storage holds at their expected size, ascending
 * @param mediaId the stored media once completed
 * @param rejection why the content was refused, in Vietnamese, once rejected
 */
public record UploadStatus(
        UUID id,
        UploadKind kind,
        UploadState state,
        long sizeBytes,
        long partSize,
        int partCount,
        List<Integer> uploadedParts,
        UUID mediaId,
        String rejection) {

    public UploadStatus {
        uploadedParts = List.copyOf(uploadedParts);
    }
}
