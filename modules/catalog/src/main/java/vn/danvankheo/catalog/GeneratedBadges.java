package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;

/**
 * The catalog's side of the generator's recognitions: a generated decision's badge, written as
 * {@link ModelRecognitions#record} writes a committee's (the badge row, and the outbox entry of the change), at the
 * instant the generator gives. The outbox entry is written claimed, like those of {@link GeneratedModels}: the caller
 * indexes the batch and calls {@link GeneratedModels#announced}, or the relay delivers it once the claim lapses.
 */
@Service
public class GeneratedBadges {

    private final JdbcClient jdbc;
    private final WritePolicy policy;
    private final Clock clock;

    GeneratedBadges(JdbcClient jdbc, WritePolicy policy, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A badge a generated decision gave a generated model, at the decision's instant. */
    public record GeneratedBadge(UUID modelId, RecognitionBadge badge, Instant at) {}

    /**
     * Joins the caller's transaction, where the decision is written, as the workflow's badge does. Only the platform
     * writes them, and only on generated models (any other is refused); a badge already there is left as it is, with no second
     * entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<GeneratedBadge> badges, Account actor) {
        if (!policy.isPlatform(actor)) {
            throw new NotPermittedException("Chỉ hệ thống mới được nạp dữ liệu sinh thử.");
        }
        Instant claimedUntil = clock.instant().plus(OutboxRelay.LEASE);
        for (GeneratedBadge generated : badges) {
            int added = jdbc.sql("""
                            INSERT INTO catalog.model_recognition (model_id, level, year, reference, recognised_at)
                            SELECT id, :level, :year, :reference, :at FROM catalog.model
                            WHERE id = :model AND seed_run IS NOT NULL
                            ON CONFLICT (model_id, level, year) DO NOTHING
                            """)
                    .param("model", generated.modelId())
                    .param("level", generated.badge().level().name())
                    .param("year", generated.badge().year())
                    .param("reference", generated.badge().reference())
                    .param("at", Timestamp.from(generated.at()))
                    .update();
            if (added == 0 && !alreadyThere(generated)) {
                throw new InvalidModelException("Mô hình " + generated.modelId() + " không phải mô hình sinh thử.");
            }
            if (added > 0) {
                jdbc.sql("""
                                INSERT INTO catalog.outbox_event (event_type, model_id, occurred_at, next_attempt_at)
                                VALUES ('ModelChanged', :model, :at, :claimedUntil)
                                """)
                        .param("model", generated.modelId())
                        .param("at", Timestamp.from(generated.at()))
                        .param("claimedUntil", Timestamp.from(claimedUntil))
                        .update();
            }
        }
    }

    private boolean alreadyThere(GeneratedBadge generated) {
        return jdbc.sql("""
                        SELECT count(*) FROM catalog.model_recognition
                        WHERE model_id = :model AND level = :level AND year = :year
                        """)
                        .param("model", generated.modelId())
                        .param("level", generated.badge().level().name())
                        .param("year", generated.badge().year())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
