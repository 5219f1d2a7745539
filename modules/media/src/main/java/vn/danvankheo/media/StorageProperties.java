package vn.danvankheo.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the S3-compatible object store is: MinIO in production, S3Proxy on a machine without Docker.
 *
 * @param timeout how long one storage call may take before the store counts as unavailable
 */
@ConfigurationProperties("dvk.storage")
public record StorageProperties(
        String endpoint, String accessKey, String secretKey, String bucket, String region, Duration timeout) {

    public StorageProperties {
        endpoint = endpoint == null ? "http://127.0.0.1:19000" : endpoint;
        bucket = bucket == null ? "dvk-media" : bucket;
        region = region == null ? "us-east-1" : region;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
