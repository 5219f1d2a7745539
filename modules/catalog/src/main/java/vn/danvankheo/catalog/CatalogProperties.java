package vn.danvankheo.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jdbcThreads threads that run blocking JPA calls for reactive callers; match the connection pool size
 * @param outboxPollInterval how often pending change announcements are looked for
 * @param outboxMaxBackoff the longest wait before a failed announcement is tried again
 * @param outboxBatchSize announcements taken per poll
 */
@ConfigurationProperties("dvk.catalog")
public record CatalogProperties(
        Integer jdbcThreads, Duration outboxPollInterval, Duration outboxMaxBackoff, Integer outboxBatchSize) {

    public CatalogProperties {
        jdbcThreads = jdbcThreads == null ? 10 : jdbcThreads;
        outboxPollInterval = outboxPollInterval == null ? Duration.ofSeconds(1) : outboxPollInterval;
        outboxMaxBackoff = outboxMaxBackoff == null ? Duration.ofSeconds(30) : outboxMaxBackoff;
        outboxBatchSize = outboxBatchSize == null ? 100 : outboxBatchSize;
    }
}
