package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How far the read side is behind the catalog, for operators: changes not yet announced, the age of the oldest one,
 * and how many failed their last delivery (a listener such as the search index could not take them). Blocking.
 */
@Service
public class OutboxBacklog {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxBacklog(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Backlog measure() {
        return jdbc.sql("""
                        SELECT count(*) AS pending, min(occurred_at) AS oldest,
                            count(*) FILTER (WHERE last_error IS NOT NULL) AS failing
                        FROM catalog.outbox_event WHERE published_at IS NULL
                        """)
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Backlog(
                            rs.getLong("pending"),
                            oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant()),
                            rs.getLong("failing"));
                })
                .single();
    }

    /**
     * @param lag how long the oldest unannounced change has waited; zero when none waits
     * @param failing changes whose last delivery failed and that wait for a retry
     */
    public record Backlog(long pending, Duration lag, long failing) {}
}
