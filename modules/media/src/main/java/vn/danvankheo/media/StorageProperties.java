package vn.danvankheo.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the S3-compatible object store is: MinIO in production, S3Proxy on a machine without Docker.
 *
 * @param timeout how long one storage call may take before the store counts as unavailable
 * @param publicEndpoint where browsers reach the store, which upload URLs are signed for; the endpoint by default,
 *     which is right when the application and browsers see storage at the same address
 * @param threads the bounded pool for blocking storage work (checking uploads, rendering photos, streaming bytes out)
 */
@ConfigurationProperties("dvk.storage")
public record StorageProperties(
        String endpoint,
        String accessKey,
        String secretKey,
        String bucket,
        String region,
        Duration timeout,
        String publicEndpoint,
        Integer threads) {

    public StorageProperties {
        endpoint = endpoint == null ? "http://127.0.0.1:19000" : endpoint;
        bucket = bucket == null ? "dvk-media" : bucket;
        region = region == null ? "us-east-1" : region;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        publicEndpoint = publicEndpoint == null || publicEndpoint.isBlank() ? endpoint : publicEndpoint.strip();
        threads = threads == null ? 32 : threads;
    }

    /** The scheme, host and port browsers send parts to, for the site's Content-Security-Policy. */
    public String publicOrigin() {
        java.net.URI uri = java.net.URI.create(publicEndpoint);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
