package vn.danvankheo.media.videos;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.danvankheo.media.CompletedUpload;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.UnsupportedMediaException;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.VideoContent;
import vn.danvankheo.media.storage.MediaObjects;

/**
 * Videos: MP4 (H.264) or WebM, recognised by their first bytes; an MP4 loses the user metadata where a phone writes
 * the place it was filmed. Served in the ranges a player asks for.
 */
@Component
public class Videos {

    public static final long MAX_VIDEO_BYTES = 2L * 1024 * 1024 * 1024;

    /** Multipart uploads hold one part in memory at a time. */
    private static final long PART_BYTES = 16L * 1024 * 1024;
    /**
     * A whole video's transfer is many requests, each bounded by the storage timeout (its client's read and write
     * timeouts); the whole is bounded only so that a stalled sender cannot hold a worker for ever. The storage
     * timeout alone (10 s) stopped any video that took longer than that to pass.
     */
    private static final Duration WHOLE_VIDEO_TIMEOUT = Duration.ofHours(1);

    private final MediaObjects objects;

    Videos(MediaObjects objects) {
        this.objects = objects;
    }

    public static boolean isVideo(String contentType) {
        return contentType != null
                && (contentType.equals(VideoSignature.MP4.contentType())
                        || contentType.equals(VideoSignature.WEBM.contentType()));
    }

    /**
     * Checks a stored video by its first bytes, fetched with a ranged read. An MP4's top-level boxes are walked the
     * same way and only its {@code moov} read; if it holds user metadata (where it was filmed), the video is streamed
     * through {@link Mp4LocationScrubber} into a new object that replaces it. Blocking.
     */
    public CompletedUpload acceptStored(UUID id, long sizeBytes) {
        if (sizeBytes > MAX_VIDEO_BYTES) {
            throw new UnsupportedMediaException(tooLarge());
        }
        try {
            VideoSignature signature =
                    signature(objects.range(id, 0, (int) Math.min(VideoSignature.HEAD_LENGTH, sizeBytes)));
            if (signature == VideoSignature.MP4
                    && Mp4LocationScrubber.needed(sizeBytes, (offset, length) -> objects.range(id, offset, length))) {
                scrubStored(id, sizeBytes, signature.contentType());
            }
            objects.label(id, signature.contentType());
            return new CompletedUpload(id, UploadKind.VIDEO, signature.contentType(), sizeBytes, List.of());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw objects.storageFailure(e);
        }
    }

    /**
     * A stored video, ready to be served in ranges. Only objects stored as MP4 or WebM qualify, so a photo's original
     * is never served through here.
     *
     * @return empty when nothing is stored under {@code id}, or what is stored is not a video
     */
    public Mono<VideoContent> open(UUID id) {
        return objects.described(id)
                .filter(stat -> isVideo(stat.contentType()))
                .map(stat -> new VideoContent(id, stat.contentType(), stat.size(), stat.etag()));
    }

    /** {@code length} bytes of a stored video from {@code offset}; only those bytes are fetched from storage. */
    public Flux<DataBuffer> read(VideoContent video, long offset, long length) {
        if (offset < 0 || length <= 0 || offset + length > video.length()) {
            throw new IllegalArgumentException(
                    "Bytes " + offset + "+" + length + " outside a video of " + video.length() + " bytes");
        }
        return objects.read(video.id(), offset, length);
    }

    private static VideoSignature signature(byte[] head) {
        VideoSignature signature = VideoSignature.of(head)
                .orElseThrow(() -> new UnsupportedMediaException(
                        "Tệp không phải video MP4 hoặc WebM (kiểm tra theo nội dung tệp, không theo tên)."));
        if (!signature.accepted()) {
            throw new UnsupportedMediaException("Chưa nhận video " + signature.displayName()
                    + ". Hãy xuất lại video ở dạng MP4 (H.264) hoặc WebM (ví dụ chọn \"Tương thích nhất\""
                    + " trong cài đặt camera của điện thoại) rồi gửi lại.");
        }
        return signature;
    }

    private static String tooLarge() {
        return "Video lớn quá " + MAX_VIDEO_BYTES / (1024 * 1024 * 1024)
                + " GB. Hãy cắt ngắn hoặc xuất lại video với độ phân giải thấp hơn rồi gửi lại.";
    }

    /**
     * Streams the stored MP4 through the scrubber into a scratch object, then copies that over the original:
     * storage replaces an object whole, so the original is never half rewritten, and it is never read and written
     * at once. Memory: the scrubber's {@code moov} and one 16 MB part.
     */
    private void scrubStored(UUID id, long sizeBytes, String contentType) throws IOException {
        String scratch = MediaObjects.scratchKey(id);
        try {
            try (InputStream original = objects.openOriginal(id)) {
                Mp4LocationScrubber scrubber = new Mp4LocationScrubber(original);
                try {
                    objects.putInParts(scratch, contentType, scrubber, sizeBytes, PART_BYTES, WHOLE_VIDEO_TIMEOUT);
                } catch (RuntimeException e) {
                    if (scrubber.refusal() != null) {
                        throw new UnsupportedMediaException(scrubber.refusal());
                    }
                    throw e;
                }
            }
            objects.copy(scratch, MediaObjects.key(id), contentType, WHOLE_VIDEO_TIMEOUT);
        } finally {
            objects.remove(scratch);
        }
    }
}
