package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox rows as {@link ModelChanged} events to in-process listeners, at least once. A listener that throws
 * (say, search is down) leaves the row pending with a growing back-off, so the change is delivered once the listener
 * can take it. Rows are claimed with a lease in one short transaction ({@code SKIP LOCKED}, so several instances
 * share the work) and delivered outside it: a listener's failure can never roll back the claim or other deliveries.
 * Changes never tried come before retries: a poll stops at its first failure, so changes that keep failing, taken
 * first, would otherwise hold back every newer one for as long as they fail. Order does not matter to a listener:
 * {@link ModelChanged} names the model, whose state the listener reads as it is now.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;
    private final Clock clock;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            CatalogProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Long enough for a batch to be delivered; a crashed instance's claim is taken over after it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Scheduled(fixedDelayString = "${dvk.catalog.outbox-poll-interval:1s}")
    void relayPending() {
        relay(transaction.execute(status -> claimBatch()));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetDelivered() {
        jdbc.sql("DELETE FROM catalog.outbox_event WHERE published_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .update();
    }

    private List<Pending> claimBatch() {
        List<Pending> batch = jdbc.sql("""
                SELECT id, model_id, occurred_at, attempts FROM catalog.outbox_event
                WHERE published_at IS NULL AND next_attempt_at <= :now
                ORDER BY attempts, id LIMIT :limit FOR UPDATE SKIP LOCKED
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", properties.outboxBatchSize())
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getObject("model_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getInt("attempts")))
                .list();
        if (!batch.isEmpty()) {
            jdbc.sql("UPDATE catalog.outbox_event SET next_attempt_at = :lease WHERE id IN (:ids)")
                    .param("lease", Timestamp.from(clock.instant().plus(LEASE)))
                    .param("ids", batch.stream().map(Pending::id).toList())
                    .update();
        }
        return batch;
    }

    private void relay(List<Pending> batch) {
        for (int i = 0; i < batch.size(); i++) {
            Pending event = batch.get(i);
            try {
                events.publishEvent(new ModelChanged(event.modelId(), event.occurredAt()));
                jdbc.sql("UPDATE catalog.outbox_event SET published_at = :now, last_error = NULL WHERE id = :id")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", event.id())
                        .update();
            } catch (RuntimeException e) {
                postpone(event, e);
                // The rest would most likely fail the same way: release their lease for the next poll.
                release(batch.subList(i + 1, batch.size()));
                return;
            }
        }
    }

    private void release(List<Pending> unsent) {
        if (!unsent.isEmpty()) {
            jdbc.sql("UPDATE catalog.outbox_event SET next_attempt_at = :now WHERE id IN (:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", unsent.stream().map(Pending::id).toList())
                    .update();
        }
    }

    private void postpone(Pending event, RuntimeException failure) {
        int attempts = event.attempts() + 1;
        Duration backoff = backoff(attempts);
        log.warn(
                "Announcing change of model {} failed (attempt {}), retrying in {}: {}",
                event.modelId(),
                attempts,
                backoff,
                failure.toString());
        jdbc.sql("""
                UPDATE catalog.outbox_event SET attempts = :attempts, next_attempt_at = :next, last_error = :error
                WHERE id = :id
                """)
                .param("attempts", attempts)
                .param("next", Timestamp.from(clock.instant().plus(backoff)))
                .param("error", String.valueOf(failure))
                .param("id", event.id())
                .update();
    }

    Duration backoff(int attempts) {
        Duration exponential = Duration.ofMillis(250L << Math.min(attempts, 16));
        return exponential.compareTo(properties.outboxMaxBackoff()) > 0 ? properties.outboxMaxBackoff() : exponential;
    }

    private record Pending(long id, UUID modelId, Instant occurredAt, int attempts) {}
}
