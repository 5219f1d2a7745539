package vn.danvankheo.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a full build of the index reads PostGIS and feeds Elasticsearch.
 *
 * @param batchSize published models per page read from PostGIS and per bulk request
 * @param bulksInFlight bulk requests Elasticsearch may be indexing at once while the next pages are read and built; two
 *     keep it busy while one answer travels back, more only queue up in its write pool
 * @param bulkTimeout how long one bulk request may take: far longer than a search, since it waits behind the others
 */
@ConfigurationProperties("dvk.search.reindex")
public record ReindexProperties(Integer batchSize, Integer bulksInFlight, Duration bulkTimeout) {

    public ReindexProperties {
        batchSize = batchSize == null ? 1_000 : batchSize;
        bulksInFlight = bulksInFlight == null ? 2 : bulksInFlight;
        bulkTimeout = bulkTimeout == null ? Duration.ofMinutes(2) : bulkTimeout;
        if (batchSize < 1 || bulksInFlight < 1) {
            throw new IllegalArgumentException("dvk.search.reindex: batch-size and bulks-in-flight must be at least 1");
        }
    }
}
