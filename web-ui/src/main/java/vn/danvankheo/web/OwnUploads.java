package vn.danvankheo.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.UploadedMedia;
import vn.danvankheo.media.UploadSessions;

/** The catalog asks whether media may be attached; the media library's upload records answer. */
@Component
class OwnUploads implements UploadedMedia {

    private final UploadSessions uploads;

    OwnUploads(UploadSessions uploads) {
        this.uploads = uploads;
    }

    @Override
    public boolean isOwnUpload(UUID mediaId, UUID accountId) {
        return uploads.isCompletedBy(mediaId, accountId);
    }
}
