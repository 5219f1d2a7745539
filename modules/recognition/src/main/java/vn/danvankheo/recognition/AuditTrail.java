package vn.danvankheo.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvankheo.accounts.Account;

/**
 * Every step of the workflow, recorded in the same transaction as the step itself, so the trail and the state can
 * never disagree.
 */
@Component
public class AuditTrail {

    private static final String PLATFORM = "Hệ thống";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(UUID campaignId, UUID registrationId, String action, Account actor, String detail) {
        insert(campaignId, registrationId, action, actor.id(), actor.displayName(), detail);
    }

    /** A step the platform took from data (the demo campaign), not a person. */
    public void recordByPlatform(UUID campaignId, String action, String detail) {
        insert(campaignId, null, action, null, PLATFORM, detail);
    }

    /**
     * A step of generated data, at the instant the generator gives it and marked with its run, so removing the
     * generated data removes its trail too.
     */
    public void recordGenerated(
            String seedRun,
            UUID campaignId,
            UUID registrationId,
            String action,
            Account actor,
            String detail,
            Instant at) {
        insert(campaignId, registrationId, action, actor.id(), actor.displayName(), detail, at, seedRun);
    }

    private void insert(
            UUID campaignId, UUID registrationId, String action, UUID actorId, String actorName, String detail) {
        insert(campaignId, registrationId, action, actorId, actorName, detail, clock.instant(), null);
    }

    private void insert(
            UUID campaignId,
            UUID registrationId,
            String action,
            UUID actorId,
            String actorName,
            String detail,
            Instant at,
            String seedRun) {
        jdbc.sql("""
                        INSERT INTO recognition.audit_event (campaign_id, registration_id, action, actor_id,
                            actor_name, detail, occurred_at, seed_run)
                        VALUES (:campaign, :registration, :action, :actor, :name, :detail, :at, :seedRun)
                        """)
                .param("campaign", campaignId)
                .param("registration", registrationId)
                .param("action", action)
                .param("actor", actorId)
                .param("name", actorName)
                .param("detail", detail)
                .param("at", Timestamp.from(at))
                .param("seedRun", seedRun)
                .update();
    }

    public List<AuditEntry> ofRegistration(UUID registrationId) {
        return jdbc.sql("""
                        SELECT action, actor_name, detail, occurred_at FROM recognition.audit_event
                        WHERE registration_id = :id ORDER BY id
                        """)
                .param("id", registrationId)
                .query((rs, n) -> new AuditEntry(
                        rs.getString("action"),
                        rs.getString("actor_name"),
                        rs.getString("detail"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    public record AuditEntry(String action, String actorName, String detail, java.time.Instant occurredAt) {}
}
