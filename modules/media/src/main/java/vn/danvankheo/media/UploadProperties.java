package vn.danvankheo.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.danvankheo.media.documents.Documents;
import vn.danvankheo.media.photos.Photos;
import vn.danvankheo.media.videos.Videos;

/**
 * Uploads sent by browsers straight to storage.
 *
 * @param maxPhotoSize the largest photo accepted; its renditions are made from it in the application. This and the
 *     other two limits may be lowered below the defaults, never raised
 * @param maxVideoSize the largest video accepted
 * @param maxDocumentSize the largest document of a records archive accepted
 * @param partSize the size of every part but the last: S3 wants at least 5 MiB, and a smaller part is less to send
 *     again after a dropped connection
 * @param urlValidity how long a signed part URL may be used
 * @param abandonAfter how long an unfinished upload is kept before it is aborted and its parts deleted
 * @param cleanupInterval how often abandoned uploads are looked for
 * @param defaultAllowance what an account may have open and send per day when the caller names no allowance of its
 *     own (the site names one per role)
 * @param checkLease how long a completion may check a file before another completion may take the check over: longer
 *     than the slowest check (a 2 GB video's copy), short enough that a check cut off by a restart is soon redone
 */
@ConfigurationProperties("dvk.uploads")
public record UploadProperties(
        DataSize maxPhotoSize,
        DataSize maxVideoSize,
        DataSize maxDocumentSize,
        DataSize partSize,
        Duration urlValidity,
        Duration abandonAfter,
        Duration cleanupInterval,
        Duration checkLease,
        UploadAllowance defaultAllowance) {

    static final DataSize S3_MIN_PART = DataSize.ofMegabytes(5);
    /** S3 numbers parts 1 to 10,000. */
    static final int MAX_PARTS = 10_000;

    public UploadProperties {
        maxPhotoSize = maxPhotoSize == null ? DataSize.ofBytes(Photos.MAX_PHOTO_BYTES) : maxPhotoSize;
        maxVideoSize = maxVideoSize == null ? DataSize.ofBytes(Videos.MAX_VIDEO_BYTES) : maxVideoSize;
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofBytes(Documents.MAX_DOCUMENT_BYTES) : maxDocumentSize;
        partSize = partSize == null ? DataSize.ofMegabytes(16) : partSize;
        urlValidity = urlValidity == null ? Duration.ofHours(1) : urlValidity;
        abandonAfter = abandonAfter == null ? Duration.ofHours(24) : abandonAfter;
        cleanupInterval = cleanupInterval == null ? Duration.ofMinutes(5) : cleanupInterval;
        checkLease = checkLease == null ? Duration.ofMinutes(15) : checkLease;
        defaultAllowance = defaultAllowance == null
                ? new UploadAllowance(10, DataSize.ofGigabytes(10).toBytes())
                : defaultAllowance;
        requireAtMost("max-photo-size", maxPhotoSize, Photos.MAX_PHOTO_BYTES);
        requireAtMost("max-video-size", maxVideoSize, Videos.MAX_VIDEO_BYTES);
        requireAtMost("max-document-size", maxDocumentSize, Documents.MAX_DOCUMENT_BYTES);
        if (partSize.compareTo(S3_MIN_PART) < 0) {
            throw new IllegalArgumentException("dvk.uploads.part-size must be at least 5MB, not " + partSize);
        }
        if (urlValidity.isNegative() || urlValidity.isZero() || urlValidity.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("dvk.uploads.url-validity is more than 0 and at most 7 days (S3)");
        }
    }

    /** Limits can be lowered, not raised: the content checks shared with direct uploads hold the same ceilings. */
    private static void requireAtMost(String key, DataSize size, long ceiling) {
        if (size.toBytes() <= 0 || size.toBytes() > ceiling) {
            throw new IllegalArgumentException(
                    "dvk.uploads." + key + " is more than 0 and at most " + ceiling + " bytes, not " + size);
        }
    }

    long maxBytes(UploadKind kind) {
        return switch (kind) {
            case PHOTO -> maxPhotoSize.toBytes();
            case VIDEO -> maxVideoSize.toBytes();
            case DOCUMENT -> maxDocumentSize.toBytes();
        };
    }
}
