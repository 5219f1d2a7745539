package vn.danvankheo.media.storage;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import vn.danvankheo.media.StorageProperties;

/**
 * Creates the bucket the first time storage is reachable rather than at start-up, so that the application can start
 * while storage is down and recover by itself when it comes back.
 */
@Component
public class MediaBucket {

    private final MinioAsyncClient minio;
    private final String name;
    private final AtomicBoolean known = new AtomicBoolean();

    MediaBucket(MinioAsyncClient minio, StorageProperties properties) {
        this.minio = minio;
        this.name = properties.bucket();
    }

    public String name() {
        return name;
    }

    public CompletableFuture<Void> ensureExists() {
        if (known.get()) {
            return CompletableFuture.completedFuture(null);
        }
        return exists().thenCompose(exists -> exists ? CompletableFuture.completedFuture(null) : create())
                .thenRun(() -> known.set(true));
    }

    public CompletableFuture<Boolean> exists() {
        try {
            return minio.bucketExists(BucketExistsArgs.builder().bucket(name).build());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** After a storage outage the bucket may have been lost with the server's data; look again next time. */
    public void forget() {
        known.set(false);
    }

    private CompletableFuture<Void> create() {
        try {
            return minio.makeBucket(MakeBucketArgs.builder().bucket(name).build())
                    .thenApply(created -> null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
