package vn.danvankheo.media.uploads;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListPartsArgs;
import io.minio.MinioAsyncClient;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.ListMultipartUploadsResult;
import io.minio.messages.ListPartsResult;
import io.minio.messages.Part;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;
import vn.danvankheo.media.StorageProperties;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.storage.MediaBucket;
import vn.danvankheo.media.storage.StorageFutures;

/**
 * S3 multipart uploads, with part URLs signed for the address browsers reach storage at. Blocking calls: used from
 * the upload sessions, off the event loop.
 */
@Component
public class MultipartUploads {

    private static final String NO_SUCH_UPLOAD = "NoSuchUpload";
    private static final Duration ASSEMBLY_TIMEOUT = Duration.ofMinutes(10);

    private final MinioAsyncClient minio;
    /** Signs only: built with a fixed region, so presigning never asks storage anything. */
    private final MinioAsyncClient signer;
    /**
     * Assembling a 2 GB upload takes a file-backed store far longer than an ordinary call, with nothing sent back
     * meanwhile: completion gets its own client with a patient read timeout.
     */
    private final MinioAsyncClient assembler;

    private final MediaBucket bucket;
    private final StorageProperties storage;

    MultipartUploads(MinioAsyncClient minio, MediaBucket bucket, StorageProperties storage) {
        this.minio = minio;
        this.bucket = bucket;
        this.storage = storage;
        this.signer = MinioAsyncClient.builder()
                .endpoint(storage.publicEndpoint())
                .region(storage.region())
                .credentials(storage.accessKey(), storage.secretKey())
                .build();
        this.assembler = MinioAsyncClient.builder()
                .endpoint(storage.endpoint())
                .region(storage.region())
                .credentials(storage.accessKey(), storage.secretKey())
                .httpClient(new OkHttpClient.Builder()
                        .connectTimeout(Duration.ofSeconds(2))
                        .readTimeout(ASSEMBLY_TIMEOUT)
                        .writeTimeout(storage.timeout())
                        .build())
                .build();
    }

    public record StoredPart(int number, long sizeBytes, String etag) {}

    public record PendingUpload(String key, String uploadId, Instant initiated) {}

    public String create(String key, String contentType) {
        await(bucket.ensureExists());
        return await(call(() -> minio.createMultipartUpload(CreateMultipartUploadArgs.builder()
                        .bucket(bucket.name())
                        .object(key)
                        .headers(new Http.Headers(Map.of("Content-Type", contentType)))
                        .build())))
                .result()
                .uploadId();
    }

    /** A URL that lets whoever holds it PUT this one part, and nothing else, until it expires. */
    public String partUrl(String key, String uploadId, int partNumber, int validSeconds) {
        try {
            return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Http.Method.PUT)
                    .bucket(bucket.name())
                    .object(key)
                    .extraQueryParams(Map.of("partNumber", Integer.toString(partNumber), "uploadId", uploadId))
                    .expiry(validSeconds)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException(e);
        }
    }

    /**
     * Every part storage holds, in order.
     *
     * @throws NoSuchUpload if storage no longer knows the upload
     */
    public List<StoredPart> parts(String key, String uploadId) {
        List<StoredPart> parts = new ArrayList<>();
        Integer marker = null;
        while (true) {
            Integer after = marker;
            ListPartsResult page = await(call(() -> minio.listParts(ListPartsArgs.builder()
                            .bucket(bucket.name())
                            .object(key)
                            .uploadId(uploadId)
                            .partNumberMarker(after)
                            .build())))
                    .result();
            for (Part part : page.parts()) {
                parts.add(new StoredPart(part.partNumber(), part.partSize(), part.etag()));
            }
            if (!page.isTruncated() || page.nextPartNumberMarker() == null) {
                if (parts.isEmpty() && !isPending(key, uploadId)) {
                    throw new NoSuchUpload();
                }
                return parts;
            }
            marker = page.nextPartNumberMarker();
        }
    }

    /**
     * S3 answers ListParts for an unknown upload with NoSuchUpload, but S3Proxy's file store with an empty list, the
     * same as for an upload with no part yet; the list of pending uploads tells the two apart.
     */
    private boolean isPending(String key, String uploadId) {
        return pending(key).stream()
                .anyMatch(
                        upload -> upload.key().equals(key) && upload.uploadId().equals(uploadId));
    }

    public void complete(String key, String uploadId, List<StoredPart> parts) {
        Part[] listed =
                parts.stream().map(part -> new Part(part.number(), part.etag())).toArray(Part[]::new);
        await(
                call(() -> assembler.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                        .bucket(bucket.name())
                        .object(key)
                        .uploadId(uploadId)
                        .parts(listed)
                        .build())),
                ASSEMBLY_TIMEOUT);
    }

    /** Deletes the parts; an upload storage no longer knows counts as aborted. */
    public void abort(String key, String uploadId) {
        try {
            await(call(() -> minio.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(bucket.name())
                    .object(key)
                    .uploadId(uploadId)
                    .build())));
        } catch (NoSuchUpload gone) {
            // Already aborted, completed or cleaned up by storage itself: nothing is left to delete.
        }
    }

    /** Every unfinished multipart upload under {@code prefix}, whoever started it. */
    public List<PendingUpload> pending(String prefix) {
        if (!await(bucket.exists())) {
            return List.of();
        }
        List<PendingUpload> pending = new ArrayList<>();
        String keyMarker = null;
        String uploadIdMarker = null;
        while (true) {
            String keyAfter = keyMarker;
            String uploadAfter = uploadIdMarker;
            ListMultipartUploadsResult page = await(
                            call(() -> minio.listMultipartUploads(ListMultipartUploadsArgs.builder()
                                    .bucket(bucket.name())
                                    .prefix(prefix)
                                    .keyMarker(keyAfter)
                                    .uploadIdMarker(uploadAfter)
                                    .build())))
                    .result();
            for (ListMultipartUploadsResult.Upload upload : page.uploads()) {
                pending.add(new PendingUpload(
                        upload.objectName(),
                        upload.uploadId(),
                        upload.initiated() == null ? null : upload.initiated().toInstant()));
            }
            if (!page.isTruncated() || page.nextKeyMarker() == null) {
                return pending;
            }
            keyMarker = page.nextKeyMarker();
            uploadIdMarker = page.nextUploadIdMarker();
        }
    }

    private interface StorageCall<T> {
        CompletableFuture<T> start() throws Exception;
    }

    private static <T> CompletableFuture<T> call(StorageCall<T> call) {
        try {
            return call.start();
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        return await(future, storage.timeout());
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout) {
        return StorageFutures.await(future, timeout, cause -> {
            if (cause instanceof ErrorResponseException error
                    && NO_SUCH_UPLOAD.equals(error.errorResponse().code())) {
                return new NoSuchUpload();
            }
            bucket.forget();
            return new StorageUnavailableException(cause);
        });
    }

    /** Storage does not know the upload id (aborted, completed, or lost with its data). */
    public static final class NoSuchUpload extends RuntimeException {
        NoSuchUpload() {
            super("No such multipart upload", null, false, false);
        }
    }
}
