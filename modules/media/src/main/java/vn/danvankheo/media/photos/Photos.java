package vn.danvankheo.media.photos;

import io.minio.StatObjectResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.danvankheo.media.CompletedUpload;
import vn.danvankheo.media.InvalidMediaRequestException;
import vn.danvankheo.media.MediaContent;
import vn.danvankheo.media.MediaNotFoundException;
import vn.danvankheo.media.MediaScheduler;
import vn.danvankheo.media.PhotoFacts;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.StoredMedia;
import vn.danvankheo.media.UnsupportedMediaException;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.storage.SpooledUpload;
import vn.danvankheo.media.videos.Videos;

/**
 * Photos: checked from their header before any pixel is decoded, kept as received but served only as fresh JPEG
 * renditions without any EXIF, at the widths of {@link #WIDTHS}.
 */
@Component
public class Photos {

    /** The widths, in pixels, at which photos are served; ascending. */
    public static final List<Integer> WIDTHS = PhotoRenditions.WIDTHS;

    public static final long MAX_PHOTO_BYTES = 40L * 1024 * 1024;

    private static final Set<ImageSignature> PHOTO_FORMATS = EnumSet.of(ImageSignature.JPEG, ImageSignature.PNG);

    private final MediaObjects objects;
    private final Scheduler scheduler;

    Photos(MediaObjects objects, MediaScheduler scheduler) {
        this.objects = objects;
        this.scheduler = scheduler.scheduler();
    }

    /**
     * Stores a JPEG or PNG photo whose size is known in advance, with its renditions; nothing is stored unless it is
     * accepted. Blocking.
     */
    public StoredMedia store(InputStream content, long sizeBytes) {
        requireSize(sizeBytes);
        try {
            BufferedInputStream buffered = new BufferedInputStream(content);
            ImageSignature signature = signature(MediaObjects.head(buffered, ImageSignature.HEAD_LENGTH));
            try (SpooledUpload upload = SpooledUpload.of(buffered, sizeBytes)) {
                UUID id = UUID.randomUUID();
                objects.ensureBucket();
                Rendered rendered = storeRenditions(id, upload, signature, sizeBytes);
                try (InputStream original = Files.newInputStream(upload.file())) {
                    objects.put(MediaObjects.key(id), signature.contentType(), original, sizeBytes);
                }
                return new StoredMedia(
                        id, signature.contentType(), sizeBytes, upload.sha256(), rendered.facts(), rendered.widths());
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw objects.storageFailure(e);
        }
    }

    /**
     * Checks, by content, a photo that reached storage without passing through here (a browser's multipart upload
     * to {@code media/<id>}), and makes its renditions. Blocking.
     *
     * @throws UnsupportedMediaException if it is not a photo the site takes; its original is left for the caller
     */
    public CompletedUpload acceptStored(UUID id, long sizeBytes) {
        requireSize(sizeBytes);
        try (BufferedInputStream in = objects.openOriginal(id)) {
            ImageSignature signature = signature(MediaObjects.head(in, ImageSignature.HEAD_LENGTH));
            Rendered rendered = renderStored(id, in, signature, sizeBytes);
            objects.label(id, signature.contentType());
            return new CompletedUpload(
                    id,
                    UploadKind.PHOTO,
                    signature.contentType(),
                    sizeBytes,
                    rendered.widths(),
                    rendered.facts().gps());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw objects.storageFailure(e);
        }
    }

    /** The photo as the public sees it: its largest rendition. The original is never served. */
    public Mono<MediaContent> open(UUID id) {
        return withRenditions(id, () -> openFitting(id, WIDTHS.size() - 1));
    }

    /**
     * The rendition at most {@code width} wide; a photo narrower than that comes at its own width.
     *
     * @throws InvalidMediaRequestException if {@code width} is not one of {@link #WIDTHS}
     */
    public Mono<MediaContent> open(UUID id, int width) {
        int index = WIDTHS.indexOf(width);
        if (index < 0) {
            throw new InvalidMediaRequestException("Không có ảnh rộng " + width
                    + " điểm ảnh; chọn một trong các độ rộng "
                    + WIDTHS.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return withRenditions(id, () -> openFitting(id, index));
    }

    private static ImageSignature signature(byte[] head) {
        ImageSignature signature = ImageSignature.of(head)
                .orElseThrow(() -> new UnsupportedMediaException(
                        "Tệp không phải ảnh JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên)."));
        if (!PHOTO_FORMATS.contains(signature)) {
            // The JDK has no WebP decoder: no rendition could be made, and the original is never served.
            throw new UnsupportedMediaException("Chưa nhận ảnh " + signature.displayName()
                    + ". Hãy lưu ảnh ở dạng JPEG hoặc PNG (ví dụ chụp màn hình hoặc xuất lại từ ứng dụng ảnh)"
                    + " rồi gửi lại.");
        }
        return signature;
    }

    /**
     * Photos stored before renditions existed have only their original: they get renditions, made from it, the
     * first time they are asked for, so no stored photo is lost to the public when the way of serving changes.
     */
    private Mono<MediaContent> withRenditions(UUID id, Supplier<Mono<MediaContent>> open) {
        return open.get()
                .onErrorResume(
                        MediaNotFoundException.class,
                        missing -> Mono.fromCallable(() -> renderFromOriginal(id))
                                .subscribeOn(scheduler)
                                .flatMap(made -> made ? open.get() : Mono.error(missing)));
    }

    private boolean renderFromOriginal(UUID id) throws IOException {
        StatObjectResponse original;
        try {
            original = objects.describe(id);
        } catch (MediaNotFoundException missing) {
            return false;
        }
        if (Videos.isVideo(original.contentType())) {
            // A video without a poster has no picture to make renditions from.
            return false;
        }
        try (BufferedInputStream in = objects.openOriginal(id)) {
            ImageSignature signature = ImageSignature.of(MediaObjects.head(in, ImageSignature.HEAD_LENGTH))
                    .filter(PHOTO_FORMATS::contains)
                    .orElseThrow(() -> new MediaNotFoundException(id.toString()));
            renderStored(id, in, signature, original.size());
        }
        return true;
    }

    private Rendered renderStored(UUID id, InputStream original, ImageSignature signature, long sizeBytes)
            throws IOException {
        try (SpooledUpload upload = SpooledUpload.of(original, sizeBytes)) {
            return storeRenditions(id, upload, signature, sizeBytes);
        }
    }

    private Rendered storeRenditions(UUID id, SpooledUpload upload, ImageSignature signature, long sizeBytes)
            throws IOException {
        PhotoFacts facts = PhotoReader.inspect(upload.file(), signature, sizeBytes);
        List<PhotoRenditions.Rendition> renditions = PhotoRenditions.of(upload.file(), signature, facts);
        for (PhotoRenditions.Rendition rendition : renditions) {
            objects.put(
                    MediaObjects.renditionKey(id, rendition.width()),
                    "image/jpeg",
                    new ByteArrayInputStream(rendition.jpeg()),
                    rendition.jpeg().length);
        }
        return new Rendered(
                facts, renditions.stream().map(PhotoRenditions.Rendition::width).toList());
    }

    private record Rendered(PhotoFacts facts, List<Integer> widths) {}

    /**
     * A photo narrower than a width has no rendition above the one that holds it whole, so the next smaller width
     * is that whole photo.
     */
    private Mono<MediaContent> openFitting(UUID id, int widthIndex) {
        Mono<MediaContent> content = objects.open(id, MediaObjects.renditionKey(id, WIDTHS.get(widthIndex)));
        return widthIndex == 0
                ? content
                : content.onErrorResume(MediaNotFoundException.class, missing -> openFitting(id, widthIndex - 1));
    }

    private static void requireSize(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp ảnh rỗng.");
        }
        if (sizeBytes > MAX_PHOTO_BYTES) {
            throw new UnsupportedMediaException("Ảnh lớn quá " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB.");
        }
    }
}
