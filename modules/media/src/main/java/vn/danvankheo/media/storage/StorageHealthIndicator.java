package vn.danvankheo.media.storage;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.danvankheo.media.StorageProperties;

/** Reported as "storage" under /actuator/health; asks the store itself, so it turns UP again on its own. */
@Component("storage")
class StorageHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final MediaBucket bucket;
    private final StorageProperties properties;

    StorageHealthIndicator(MediaBucket bucket, StorageProperties properties) {
        this.bucket = bucket;
        this.properties = properties;
    }

    @Override
    public Mono<Health> health() {
        // A real round trip every time: a cached answer would report a stopped store as UP.
        return Mono.defer(() -> Mono.fromFuture(bucket.exists()))
                .map(exists -> Health.up()
                        .withDetail("endpoint", properties.endpoint())
                        .withDetail("bucket", bucket.name())
                        .withDetail("bucketExists", exists)
                        .build())
                .timeout(PROBE_TIMEOUT)
                .onErrorResume(e -> {
                    bucket.forget();
                    return Mono.just(Health.down()
                            .withDetail("endpoint", properties.endpoint())
                            .withDetail("error", String.valueOf(e.getCause() == null ? e : e.getCause()))
                            .build());
                });
    }
}
