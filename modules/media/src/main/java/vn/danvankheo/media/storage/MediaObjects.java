package vn.danvankheo.media.storage;

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
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.danvankheo.media.MediaContent;
import vn.danvankheo.media.MediaNotFoundException;
import vn.danvankheo.media.MediaScheduler;
import vn.danvankheo.media.StorageProperties;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.UnsupportedMediaException;

/**
 * The media objects in the bucket, under keys of their id: what the photo, video and document features store, read
 * and replace, with storage's failures told apart (missing, or storage unavailable). Blocking where it says so; the
 * streams it opens are read on the media scheduler, never on the event loop.
 */
@Component
public class MediaObjects {

    /** Every media object's key starts with it. */
    public static final String KEY_PREFIX = "media/";

    private static final int READ_CHUNK_BYTES = 64 * 1024;
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchBucket", "NoSuchObject");

    private final MinioAsyncClient minio;
    private final MediaBucket bucket;
    private final StorageProperties properties;
    private final Scheduler scheduler;

    MediaObjects(MinioAsyncClient minio, MediaBucket bucket, StorageProperties properties, MediaScheduler scheduler) {
        this.minio = minio;
        this.bucket = bucket;
        this.properties = properties;
        this.scheduler = scheduler.scheduler();
    }

    /** The original as received: kept, never served. */
    public static String key(UUID id) {
        return KEY_PREFIX + id;
    }

    /**
     * Beside the original rather than under it: MinIO and S3Proxy's file-system store keep objects as files, so
     * {@code media/<id>} and {@code media/<id>/...} cannot both exist.
     */
    public static String renditionKey(UUID id, int width) {
        return key(id) + ".w" + width + ".jpg";
    }

    /** Where a video is rewritten before it replaces the original; beside it, for the same reason as renditions. */
    public static String scratchKey(UUID id) {
        return key(id) + ".scrubbed";
    }

    /** The first bytes, left unread so the whole stream still goes to storage. */
    public static byte[] head(BufferedInputStream in, int length) throws IOException {
        in.mark(length);
        byte[] head = in.readNBytes(length);
        in.reset();
        return head;
    }

    /** Blocking. */
    public void ensureBucket() {
        await(bucket.ensureExists());
    }

    /** Blocking. */
    public void put(String key, String contentType, InputStream content, long sizeBytes) {
        try {
            await(minio.putObject(
                    PutObjectArgs.builder().bucket(bucket.name()).object(key).contentType(contentType).stream(
                                    content, sizeBytes, -1L)
                            .build()));
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /** Streams a large object in parts of {@code partBytes}, one in memory at a time. Blocking, up to {@code timeout}. */
    public void putInParts(
            String key, String contentType, InputStream content, long sizeBytes, long partBytes, Duration timeout) {
        try {
            await(
                    minio.putObject(
                            PutObjectArgs.builder().bucket(bucket.name()).object(key).contentType(contentType).stream(
                                            content, sizeBytes, partBytes)
                                    .build()),
                    timeout);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /** Replaces {@code key} with the object at {@code source}, stored with {@code contentType}. Blocking. */
    public void copy(String source, String key, String contentType, Duration timeout) {
        try {
            await(
                    minio.copyObject(CopyObjectArgs.builder()
                            .bucket(bucket.name())
                            .object(key)
                            .source(SourceObject.builder()
                                    .bucket(bucket.name())
                                    .object(source)
                                    .build())
                            .headers(Map.of("Content-Type", contentType))
                            .metadataDirective(Directive.REPLACE)
                            .build()),
                    timeout);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw storageFailure(e);
        }
    }

    /**
     * A multipart upload's type is a guess from the file's name until its content is checked; serving decides by
     * the stored type (a video is streamed, anything else never), so the checked type must be what is stored.
     * Storage copies the object onto itself with the new type only when the guess was wrong. Blocking.
     */
    public void label(UUID id, String contentType) {
        StatObjectResponse stored = await(stat(key(id)));
        if (!contentType.equals(stored.contentType())) {
            copy(key(id), key(id), contentType, properties.timeout());
        }
    }

    /** The original, buffered so its head can be read first. Blocking. */
    public BufferedInputStream openOriginal(UUID id) {
        return new BufferedInputStream(await(minio.getObject(
                GetObjectArgs.builder().bucket(bucket.name()).object(key(id)).build())));
    }

    /** {@code length} bytes of the original from {@code offset}, with a ranged read. Blocking. */
    public byte[] range(UUID id, long offset, int length) throws IOException {
        try (InputStream in = await(minio.getObject(GetObjectArgs.builder()
                .bucket(bucket.name())
                .object(key(id))
                .offset(offset)
                .length((long) length)
                .build()))) {
            return in.readNBytes(length);
        }
    }

    /** What storage says of the original; a missing one is a {@link MediaNotFoundException}. Blocking. */
    public StatObjectResponse describe(UUID id) {
        return StorageFutures.await(stat(key(id)), properties.timeout(), failure -> translate(failure, id));
    }

    /** What storage says of the original, without blocking; empty when nothing is stored under {@code id}. */
    public Mono<StatObjectResponse> described(UUID id) {
        return Mono.defer(() -> Mono.fromFuture(stat(key(id))))
                .timeout(properties.timeout())
                .onErrorMap(e -> translate(e, id))
                .onErrorResume(MediaNotFoundException.class, missing -> Mono.empty());
    }

    /** Whether storage holds the original, e.g. a multipart upload assembled before a check was cut off. Blocking. */
    public boolean isStored(UUID id) {
        try {
            describe(id);
            return true;
        } catch (MediaNotFoundException missing) {
            return false;
        }
    }

    /** Streams a stored object; the body is read in chunks on the media scheduler. */
    public Mono<MediaContent> open(UUID id, String key) {
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
                                .subscribeOn(scheduler)));
    }

    /** {@code length} bytes of the original from {@code offset}; only those are fetched, on the media scheduler. */
    public Flux<DataBuffer> read(UUID id, long offset, long length) {
        return DataBufferUtils.readInputStream(
                        () -> await(minio.getObject(GetObjectArgs.builder()
                                .bucket(bucket.name())
                                .object(key(id))
                                .offset(offset)
                                .length(length)
                                .build())),
                        DefaultDataBufferFactory.sharedInstance,
                        READ_CHUNK_BYTES)
                .subscribeOn(scheduler);
    }

    /** Removes the original, its renditions at {@code renditionWidths} and any scratch copy. Blocking. */
    public void delete(UUID id, Collection<Integer> renditionWidths) {
        List<String> keys = new ArrayList<>();
        keys.add(key(id));
        renditionWidths.forEach(width -> keys.add(renditionKey(id, width)));
        keys.add(scratchKey(id));
        keys.forEach(this::remove);
    }

    /** Blocking. */
    public void remove(String key) {
        await(removeObject(key));
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

    private CompletableFuture<StatObjectResponse> stat(String key) {
        try {
            return minio.statObject(
                    StatObjectArgs.builder().bucket(bucket.name()).object(key).build());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        return await(future, properties.timeout());
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout) {
        return StorageFutures.await(future, timeout, this::storageFailure);
    }

    /** A missing object is the media's absence; anything else is storage's failure. */
    public RuntimeException translate(Throwable failure, UUID id) {
        Throwable cause = StorageFutures.unwrap(failure);
        if (cause instanceof ErrorResponseException error
                && MISSING.contains(error.errorResponse().code())) {
            return new MediaNotFoundException(id.toString());
        }
        return storageFailure(cause);
    }

    /** The media's own refusals pass; anything else means storage is unavailable, and the bucket is looked at again. */
    public RuntimeException storageFailure(Throwable failure) {
        Throwable cause = StorageFutures.unwrap(failure);
        if (cause instanceof UnsupportedMediaException || cause instanceof StorageUnavailableException) {
            return (RuntimeException) cause;
        }
        bucket.forget();
        return new StorageUnavailableException(cause);
    }
}
