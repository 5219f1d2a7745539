package vn.danvankheo.media;

import io.minio.GetObjectArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Puts files into object storage and streams them back out. Owners keep only the returned id. */
@Service
public class MediaLibrary {

    static final long MAX_PHOTO_BYTES = 40L * 1024 * 1024;
    private static final int READ_CHUNK_BYTES = 64 * 1024;
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
     * Stores a photo whose size is known in advance, streaming it through without holding it in memory. Blocking:
     * call it from background work or a bounded scheduler.
     */
    public StoredMedia storePhoto(InputStream content, long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp ảnh rỗng.");
        }
        if (sizeBytes > MAX_PHOTO_BYTES) {
            throw new UnsupportedMediaException("Ảnh lớn quá " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB.");
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(content);
            ImageSignature signature = ImageSignature.of(head(buffered))
                    .orElseThrow(() -> new UnsupportedMediaException(
                            "Tệp không phải ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp, không theo tên)."));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            UUID id = UUID.randomUUID();
            await(bucket.ensureExists());
            try (InputStream digesting = new DigestInputStream(buffered, sha256)) {
                await(minio.putObject(
                        PutObjectArgs.builder()
                                .bucket(bucket.name())
                                .object(key(id))
                                .contentType(signature.contentType())
                                .stream(digesting, sizeBytes, -1L)
                                .build()));
            }
            return new StoredMedia(
                    id, signature.contentType(), sizeBytes, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /** Streams a stored file; the body is read in chunks on a worker thread, never on the event loop. */
    public Mono<MediaContent> open(UUID id) {
        return Mono.defer(() -> Mono.fromFuture(stat(id)))
                .timeout(properties.timeout())
                .onErrorMap(e -> !(e instanceof MediaNotFoundException), e -> translate(e, id))
                .map(stat -> new MediaContent(
                        stat.contentType(),
                        stat.size(),
                        stat.etag(),
                        DataBufferUtils.readInputStream(
                                        () -> await(minio.getObject(GetObjectArgs.builder()
                                                .bucket(bucket.name())
                                                .object(key(id))
                                                .build())),
                                        DefaultDataBufferFactory.sharedInstance,
                                        READ_CHUNK_BYTES)
                                .subscribeOn(Schedulers.boundedElastic())));
    }

    private CompletableFuture<StatObjectResponse> stat(UUID id) {
        try {
            return minio.statObject(StatObjectArgs.builder()
                    .bucket(bucket.name())
                    .object(key(id))
                    .build());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String key(UUID id) {
        return "media/" + id;
    }

    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(ImageSignature.HEAD_LENGTH);
        byte[] head = in.readNBytes(ImageSignature.HEAD_LENGTH);
        in.reset();
        return head;
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw storageFailure(e);
        }
    }

    private RuntimeException translate(Throwable failure, UUID id) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ErrorResponseException error
                && MISSING.contains(error.errorResponse().code())) {
            return new MediaNotFoundException(id.toString());
        }
        return storageFailure(cause);
    }

    private RuntimeException storageFailure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof UnsupportedMediaException | cause instanceof StorageUnavailableException) {
            return (RuntimeException) cause;
        }
        bucket.forget();
        return new StorageUnavailableException(cause);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
