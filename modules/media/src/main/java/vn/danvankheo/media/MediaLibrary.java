package vn.danvankheo.media;

import io.minio.CopyObjectArgs;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Puts photos and videos into object storage and streams back what the public may see: a photo's renditions, a
 * video's stored bytes. Owners keep only the id.
 */
@Service
public class MediaLibrary {

    /** The widths, in pixels, at which photos are served; ascending. */
    public static final List<Integer> RENDITION_WIDTHS = PhotoRenditions.WIDTHS;

    static final long MAX_PHOTO_BYTES = 40L * 1024 * 1024;
    static final long MAX_VIDEO_BYTES = 2L * 1024 * 1024 * 1024;
    /** A video whose size is not known in advance; it is still refused once it passes {@link #MAX_VIDEO_BYTES}. */
    public static final long UNKNOWN_SIZE = -1;

    static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
    /** Multipart uploads hold one part in memory at a time. */
    private static final long VIDEO_PART_BYTES = 16L * 1024 * 1024;
    /**
     * A whole video's transfer is many requests, each bounded by the storage timeout (its client's read and write
     * timeouts); the whole is bounded only so that a stalled sender cannot hold a worker for ever. The storage
     * timeout alone (10 s) stopped any video that took longer than that to pass.
     */
    private static final Duration WHOLE_VIDEO_TIMEOUT = Duration.ofHours(1);

    private static final Set<ImageSignature> PHOTO_FORMATS = EnumSet.of(ImageSignature.JPEG, ImageSignature.PNG);
    private static final int READ_CHUNK_BYTES = 64 * 1024;
    /** Every media object's key starts with it. */
    static final String KEY_PREFIX = "media/";

    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchBucket", "NoSuchObject");

    private final MinioAsyncClient minio;
    private final MediaBucket bucket;
    private final StorageProperties properties;

    MediaLibrary(MinioAsyncClient minio, MediaBucket bucket, StorageProperties properties) {
        this.minio = minio;
        this.bucket = bucket;
        this.properties = properties;
    }

    /**
     * Stores a JPEG or PNG photo whose size is known in advance, with its renditions. The photo is checked from its
     * header before any pixel is decoded, and nothing is stored unless it is accepted. Blocking: call it from
     * background work or a bounded scheduler.
     */
    public StoredMedia storePhoto(InputStream content, long sizeBytes) {
        requirePhotoSize(sizeBytes);
        try {
            BufferedInputStream buffered = new BufferedInputStream(content);
            ImageSignature signature = photoSignature(head(buffered, ImageSignature.HEAD_LENGTH));
            try (SpooledUpload upload = SpooledUpload.of(buffered, sizeBytes)) {
                UUID id = UUID.randomUUID();
                await(bucket.ensureExists());
                Rendered rendered = storeRenditions(id, upload, signature, sizeBytes);
                try (InputStream original = Files.newInputStream(upload.file())) {
                    put(key(id), signature.contentType(), original, sizeBytes);
                }
                return new StoredMedia(
                        id, signature.contentType(), sizeBytes, upload.sha256(), rendered.facts(), rendered.widths());
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /**
     * Stores an MP4 (H.264) or WebM video, streamed into storage in 16 MB parts: it is never held whole in memory or
     * on disk. The type is decided by the file's first bytes only. An MP4 loses its user metadata, where a phone
     * writes the place it was filmed, on the way ({@link Mp4LocationScrubber}); only its {@code moov} is held.
     * {@code sizeBytes} may be {@link #UNKNOWN_SIZE}; a known size above 2 GB is refused before anything is read.
     * Blocking: call it from background work or a bounded scheduler.
     */
    public StoredVideo storeVideo(InputStream content, long sizeBytes) {
        if (sizeBytes < UNKNOWN_SIZE) {
            throw new IllegalArgumentException("A size is at least 0, or UNKNOWN_SIZE: " + sizeBytes);
        }
        if (sizeBytes == 0) {
            throw new UnsupportedMediaException("Tệp video rỗng.");
        }
        if (sizeBytes > MAX_VIDEO_BYTES) {
            throw new UnsupportedMediaException(videoTooLarge());
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(content);
            VideoSignature signature = videoSignature(head(buffered, VideoSignature.HEAD_LENGTH));
            UUID id = UUID.randomUUID();
            await(bucket.ensureExists());
            // Scrubbed before counting, so that the size and hash are those of what is stored and served.
            Mp4LocationScrubber scrubber = signature == VideoSignature.MP4 ? new Mp4LocationScrubber(buffered) : null;
            CountingInputStream counted =
                    new CountingInputStream(scrubber == null ? buffered : scrubber, MAX_VIDEO_BYTES);
            try {
                await(
                        minio.putObject(
                                PutObjectArgs.builder()
                                        .bucket(bucket.name())
                                        .object(key(id))
                                        .contentType(signature.contentType())
                                        .stream(counted, sizeBytes, VIDEO_PART_BYTES)
                                        .build()),
                        WHOLE_VIDEO_TIMEOUT);
            } catch (RuntimeException e) {
                if (scrubber != null && scrubber.refusal() != null) {
                    throw new UnsupportedMediaException(scrubber.refusal());
                }
                if (counted.tooLarge()) {
                    throw new UnsupportedMediaException(videoTooLarge());
                }
                if (sizeBytes > 0 && counted.ended() && counted.count() < sizeBytes) {
                    throw new UnsupportedMediaException("Tệp video bị cắt ngang: nhận được " + counted.count()
                            + " trên " + sizeBytes + " byte. Hãy gửi lại.");
                }
                throw e;
            }
            return new StoredVideo(id, signature.contentType(), counted.count(), counted.sha256());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    private static ImageSignature photoSignature(byte[] head) {
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

    private static VideoSignature videoSignature(byte[] head) {
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

    private static String videoTooLarge() {
        return "Video lớn quá " + MAX_VIDEO_BYTES / (1024 * 1024 * 1024)
                + " GB. Hãy cắt ngắn hoặc xuất lại video với độ phân giải thấp hơn rồi gửi lại.";
    }

    /**
     * Stores a JPEG or PNG as the poster of a stored video: its renditions are kept under the video's id, so
     * {@code open(videoId, width)} serves the poster while the video itself stays where it is. Blocking.
     *
     * @return the poster's rendition widths, ascending
     * @throws MediaNotFoundException if no video is stored under {@code videoId}
     */
    public List<Integer> storePoster(UUID videoId, InputStream content, long sizeBytes) {
        requirePhotoSize(sizeBytes);
        try {
            BufferedInputStream buffered = new BufferedInputStream(content);
            ImageSignature signature = ImageSignature.of(head(buffered, ImageSignature.HEAD_LENGTH))
                    .filter(PHOTO_FORMATS::contains)
                    .orElseThrow(() -> new UnsupportedMediaException("Ảnh bìa của video phải là ảnh JPEG hoặc PNG."));
            requireVideo(videoId);
            try (SpooledUpload upload = SpooledUpload.of(buffered, sizeBytes)) {
                return storeRenditions(videoId, upload, signature, sizeBytes).widths();
            }
        } catch (MediaNotFoundException e) {
            throw e;
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    private void requireVideo(UUID id) {
        StatObjectResponse stored;
        try {
            stored = stat(key(id)).get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw translate(e, id);
        }
        if (!isVideo(stored.contentType())) {
            throw new MediaNotFoundException(id.toString());
        }
    }

    /**
     * A stored video, ready to be served in ranges. Only objects stored as MP4 or WebM qualify, so a photo's original
     * is never served through here.
     *
     * @return empty when nothing is stored under {@code id}, or what is stored is not a video
     */
    public Mono<VideoContent> openVideo(UUID id) {
        return Mono.defer(() -> Mono.fromFuture(stat(key(id))))
                .timeout(properties.timeout())
                .onErrorMap(e -> translate(e, id))
                .onErrorResume(MediaNotFoundException.class, missing -> Mono.empty())
                .filter(stat -> isVideo(stat.contentType()))
                .map(stat -> new VideoContent(id, stat.contentType(), stat.size(), stat.etag()));
    }

    /**
     * {@code length} bytes of a stored video from {@code offset}; only those bytes are fetched from storage, in chunks
     * on a worker thread.
     */
    public Flux<DataBuffer> read(VideoContent video, long offset, long length) {
        if (offset < 0 || length <= 0 || offset + length > video.length()) {
            throw new IllegalArgumentException(
                    "Bytes " + offset + "+" + length + " outside a video of " + video.length() + " bytes");
        }
        return DataBufferUtils.readInputStream(
                        () -> await(minio.getObject(GetObjectArgs.builder()
                                .bucket(bucket.name())
                                .object(key(video.id()))
                                .offset(offset)
                                .length(length)
                                .build())),
                        DefaultDataBufferFactory.sharedInstance,
                        READ_CHUNK_BYTES)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static boolean isVideo(String contentType) {
        return contentType != null
                && (contentType.equals(VideoSignature.MP4.contentType())
                        || contentType.equals(VideoSignature.WEBM.contentType()));
    }

    /**
     * Stores a document of the records archive (PDF, DOCX, XLSX), recognised by content. Documents are private:
     * the public media address serves only photo renditions and videos. Blocking.
     */
    public StoredDocument storeDocument(InputStream content, long sizeBytes) {
        requireDocumentSize(sizeBytes);
        try (SpooledUpload upload = SpooledUpload.of(content, sizeBytes)) {
            DocumentType type = DocumentType.of(upload.file());
            UUID id = UUID.randomUUID();
            await(bucket.ensureExists());
            try (InputStream document = Files.newInputStream(upload.file())) {
                put(key(id), type.contentType(), document, sizeBytes);
            }
            return new StoredDocument(id, type, sizeBytes, upload.sha256());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /** The photo as the public sees it: its largest rendition. The original is never served. */
    public Mono<MediaContent> open(UUID id) {
        return withRenditions(id, () -> openFitting(id, PhotoRenditions.WIDTHS.size() - 1));
    }

    /**
     * The rendition at most {@code width} wide; a photo narrower than that comes at its own width.
     *
     * @throws InvalidMediaRequestException if {@code width} is not one of {@link #RENDITION_WIDTHS}
     */
    public Mono<MediaContent> open(UUID id, int width) {
        int index = PhotoRenditions.WIDTHS.indexOf(width);
        if (index < 0) {
            throw new InvalidMediaRequestException(
                    "Không có ảnh rộng " + width + " điểm ảnh; chọn một trong các độ rộng "
                            + RENDITION_WIDTHS.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return withRenditions(id, () -> openFitting(id, index));
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
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(made -> made ? open.get() : Mono.error(missing)));
    }

    private boolean renderFromOriginal(UUID id) throws IOException {
        StatObjectResponse original;
        try {
            original = stat(key(id)).get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            RuntimeException failure = translate(e, id);
            if (failure instanceof MediaNotFoundException) {
                return false;
            }
            throw failure;
        }
        if (isVideo(original.contentType())) {
            // A video without a poster has no picture to make renditions from.
            return false;
        }
        try (BufferedInputStream in = openOriginal(id)) {
            ImageSignature signature = ImageSignature.of(head(in, ImageSignature.HEAD_LENGTH))
                    .filter(PHOTO_FORMATS::contains)
                    .orElseThrow(() -> new MediaNotFoundException(id.toString()));
            renderStored(id, in, signature, original.size());
        }
        return true;
    }

    private BufferedInputStream openOriginal(UUID id) {
        return new BufferedInputStream(await(minio.getObject(
                GetObjectArgs.builder().bucket(bucket.name()).object(key(id)).build())));
    }

    private Rendered renderStored(UUID id, InputStream original, ImageSignature signature, long sizeBytes)
            throws IOException {
        try (SpooledUpload upload = SpooledUpload.of(original, sizeBytes)) {
            return storeRenditions(id, upload, signature, sizeBytes);
        }
    }

    /**
     * Checks, by content, a photo that reached storage without passing through here (a browser's multipart upload
     * to {@code media/<id>}), and makes its renditions. Blocking.
     *
     * @throws UnsupportedMediaException if it is not a photo the site takes; its original is left for the caller
     */
    CompletedUpload acceptStoredPhoto(UUID id, long sizeBytes) {
        requirePhotoSize(sizeBytes);
        try (BufferedInputStream in = openOriginal(id)) {
            ImageSignature signature = photoSignature(head(in, ImageSignature.HEAD_LENGTH));
            Rendered rendered = renderStored(id, in, signature, sizeBytes);
            labelStored(id, signature.contentType());
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
            throw storageFailure(e);
        }
    }

    /**
     * Checks a stored video by its first bytes, fetched with a ranged read. An MP4's top-level boxes are walked the
     * same way and only its {@code moov} read; if it holds user metadata (where it was filmed), the video is streamed
     * through {@link Mp4LocationScrubber} into a new object that replaces it. Blocking.
     */
    CompletedUpload acceptStoredVideo(UUID id, long sizeBytes) {
        if (sizeBytes > MAX_VIDEO_BYTES) {
            throw new UnsupportedMediaException(videoTooLarge());
        }
        try {
            VideoSignature signature =
                    videoSignature(range(id, 0, (int) Math.min(VideoSignature.HEAD_LENGTH, sizeBytes)));
            if (signature == VideoSignature.MP4
                    && Mp4LocationScrubber.needed(sizeBytes, (offset, length) -> range(id, offset, length))) {
                scrubStored(id, sizeBytes, signature.contentType());
            }
            labelStored(id, signature.contentType());
            return new CompletedUpload(id, UploadKind.VIDEO, signature.contentType(), sizeBytes, List.of());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    private byte[] range(UUID id, long offset, int length) throws IOException {
        try (InputStream in = await(minio.getObject(GetObjectArgs.builder()
                .bucket(bucket.name())
                .object(key(id))
                .offset(offset)
                .length((long) length)
                .build()))) {
            return in.readNBytes(length);
        }
    }

    /**
     * Streams the stored MP4 through the scrubber into a scratch object, then copies that over the original:
     * storage replaces an object whole, so the original is never half rewritten, and it is never read and written
     * at once. Memory: the scrubber's {@code moov} and one 16 MB part.
     */
    private void scrubStored(UUID id, long sizeBytes, String contentType) throws IOException {
        String scratch = scratchKey(id);
        try {
            try (InputStream original = openOriginal(id)) {
                Mp4LocationScrubber scrubber = new Mp4LocationScrubber(original);
                try {
                    await(
                            minio.putObject(
                                    PutObjectArgs.builder()
                                            .bucket(bucket.name())
                                            .object(scratch)
                                            .contentType(contentType)
                                            .stream(scrubber, sizeBytes, VIDEO_PART_BYTES)
                                            .build()),
                            WHOLE_VIDEO_TIMEOUT);
                } catch (RuntimeException e) {
                    if (scrubber.refusal() != null) {
                        throw new UnsupportedMediaException(scrubber.refusal());
                    }
                    throw e;
                }
            }
            await(
                    minio.copyObject(CopyObjectArgs.builder()
                            .bucket(bucket.name())
                            .object(key(id))
                            .source(SourceObject.builder()
                                    .bucket(bucket.name())
                                    .object(scratch)
                                    .build())
                            .headers(Map.of("Content-Type", contentType))
                            .metadataDirective(Directive.REPLACE)
                            .build()),
                    WHOLE_VIDEO_TIMEOUT);
        } finally {
            await(removeObject(scratch));
        }
    }

    /** Checks a stored document as {@link #storeDocument} does: a package needs its whole directory. Blocking. */
    CompletedUpload acceptStoredDocument(UUID id, long sizeBytes) {
        requireDocumentSize(sizeBytes);
        try (InputStream in = openOriginal(id);
                SpooledUpload upload = SpooledUpload.of(in, sizeBytes)) {
            DocumentType type = DocumentType.of(upload.file());
            labelStored(id, type.contentType());
            return new CompletedUpload(id, UploadKind.DOCUMENT, type.contentType(), sizeBytes, List.of());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /**
     * A multipart upload's type is a guess from the file's name until its content is checked; serving decides by
     * the stored type (a video is streamed, anything else never), so the checked type must be what is stored.
     * Storage copies the object onto itself with the new type only when the guess was wrong.
     */
    private void labelStored(UUID id, String contentType) {
        StatObjectResponse stored = await(stat(key(id)));
        if (contentType.equals(stored.contentType())) {
            return;
        }
        await(minio.copyObject(CopyObjectArgs.builder()
                .bucket(bucket.name())
                .object(key(id))
                .source(SourceObject.builder()
                        .bucket(bucket.name())
                        .object(key(id))
                        .build())
                .headers(Map.of("Content-Type", contentType))
                .metadataDirective(Directive.REPLACE)
                .build()));
    }

    /** Removes what is stored under {@code id}: the original and any renditions. Blocking. */
    public void delete(UUID id) {
        List<String> keys = new ArrayList<>();
        keys.add(key(id));
        PhotoRenditions.WIDTHS.forEach(width -> keys.add(renditionKey(id, width)));
        keys.add(scratchKey(id));
        for (String key : keys) {
            await(removeObject(key));
        }
    }

    private CompletableFuture<Void> removeObject(String key) {
        try {
            return minio.removeObject(RemoveObjectArgs.builder()
                            .bucket(bucket.name())
                            .object(key)
                            .build())
                    .thenApply(removed -> null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Rendered storeRenditions(UUID id, SpooledUpload upload, ImageSignature signature, long sizeBytes)
            throws IOException {
        PhotoFacts facts = PhotoReader.inspect(upload.file(), signature, sizeBytes);
        List<PhotoRenditions.Rendition> renditions = PhotoRenditions.of(upload.file(), signature, facts);
        for (PhotoRenditions.Rendition rendition : renditions) {
            put(
                    renditionKey(id, rendition.width()),
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
        Mono<MediaContent> content = openObject(id, renditionKey(id, PhotoRenditions.WIDTHS.get(widthIndex)));
        return widthIndex == 0
                ? content
                : content.onErrorResume(MediaNotFoundException.class, missing -> openFitting(id, widthIndex - 1));
    }

    /** Streams a stored object; the body is read in chunks on a worker thread, never on the event loop. */
    private Mono<MediaContent> openObject(UUID id, String key) {
        return Mono.defer(() -> Mono.fromFuture(stat(key)))
                .timeout(properties.timeout())
                .onErrorMap(e -> !(e instanceof MediaNotFoundException), e -> translate(e, id))
                .map(stat -> new MediaContent(
                        stat.contentType(),
                        stat.size(),
                        stat.etag(),
                        DataBufferUtils.readInputStream(
                                        () -> await(minio.getObject(GetObjectArgs.builder()
                                                .bucket(bucket.name())
                                                .object(key)
                                                .build())),
                                        DefaultDataBufferFactory.sharedInstance,
                                        READ_CHUNK_BYTES)
                                .subscribeOn(Schedulers.boundedElastic())));
    }

    private void put(String key, String contentType, InputStream content, long sizeBytes) {
        try {
            await(minio.putObject(
                    PutObjectArgs.builder().bucket(bucket.name()).object(key).contentType(contentType).stream(
                                    content, sizeBytes, -1L)
                            .build()));
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /** Whether storage holds the original, e.g. a multipart upload assembled before a check was cut off. Blocking. */
    boolean isStored(UUID id) {
        try {
            StorageFutures.await(stat(key(id)), properties.timeout(), failure -> translate(failure, id));
            return true;
        } catch (MediaNotFoundException missing) {
            return false;
        }
    }

    private CompletableFuture<StatObjectResponse> stat(String key) {
        try {
            return minio.statObject(
                    StatObjectArgs.builder().bucket(bucket.name()).object(key).build());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The original as received: kept, never served. */
    static String key(UUID id) {
        return KEY_PREFIX + id;
    }

    /**
     * Beside the original rather than under it: MinIO and S3Proxy's file-system store keep objects as files, so
     * {@code media/<id>} and {@code media/<id>/...} cannot both exist.
     */
    private static String renditionKey(UUID id, int width) {
        return key(id) + ".w" + width + ".jpg";
    }

    /** Where a video is rewritten before it replaces the original; beside it, for the same reason as renditions. */
    private static String scratchKey(UUID id) {
        return key(id) + ".scrubbed";
    }

    private static void requireDocumentSize(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp tài liệu rỗng.");
        }
        if (sizeBytes > MAX_DOCUMENT_BYTES) {
            throw new UnsupportedMediaException(
                    "Tài liệu lớn quá " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB; hãy chia nhỏ hoặc nén lại.");
        }
    }

    private static void requirePhotoSize(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp ảnh rỗng.");
        }
        if (sizeBytes > MAX_PHOTO_BYTES) {
            throw new UnsupportedMediaException("Ảnh lớn quá " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB.");
        }
    }

    /** The first bytes, left unread so the whole stream still goes to storage. */
    private static byte[] head(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] head = in.readNBytes(length);
        in.reset();
        return head;
    }

    private <T> T await(CompletableFuture<T> future) {
        return await(future, properties.timeout());
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout) {
        return StorageFutures.await(future, timeout, this::storageFailure);
    }

    private RuntimeException translate(Throwable failure, UUID id) {
        Throwable cause = StorageFutures.unwrap(failure);
        if (cause instanceof ErrorResponseException error
                && MISSING.contains(error.errorResponse().code())) {
            return new MediaNotFoundException(id.toString());
        }
        return storageFailure(cause);
    }

    private RuntimeException storageFailure(Throwable failure) {
        Throwable cause = StorageFutures.unwrap(failure);
        if (cause instanceof UnsupportedMediaException | cause instanceof StorageUnavailableException) {
            return (RuntimeException) cause;
        }
        bucket.forget();
        return new StorageUnavailableException(cause);
    }
}
