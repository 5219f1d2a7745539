package vn.danvankheo.catalog;

import java.util.UUID;

/**
 * Whether an account may attach a stored photo or video to a model or update: it must exist and be the account's own
 * upload. The application answers from the media library; the catalog only asks, so it never reads media's tables.
 */
public interface UploadedMedia {

    boolean isOwnUpload(UUID mediaId, UUID accountId);
}
