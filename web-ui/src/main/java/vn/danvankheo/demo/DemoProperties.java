package vn.danvankheo.demo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo models at start-up (the Quick start turns this on; production leaves it off)
 * @param directory where models.json and its photos are
 * @param retryInterval how long to wait before trying again while storage or the database is unavailable
 */
@ConfigurationProperties("dvk.demo")
public record DemoProperties(boolean enabled, Path directory, Duration retryInterval) {

    public DemoProperties {
        directory = directory == null ? Path.of("data/demo") : directory;
        retryInterval = retryInterval == null ? Duration.ofSeconds(30) : retryInterval;
    }
}
