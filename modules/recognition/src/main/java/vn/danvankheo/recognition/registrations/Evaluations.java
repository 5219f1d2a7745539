package vn.danvankheo.recognition.registrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;

/**
 * The level's committee inspects: several evaluators each score every criterion and comment, or send the registration
 * back to its unit for changes, with the reasons.
 */
@Service
public class Evaluations {

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final CriteriaCatalogue criteria;
    private final WritePolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Evaluations(
            RegistrationStore store,
            Campaigns campaigns,
            CriteriaCatalogue criteria,
            WritePolicy policy,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Registration evaluate(Account account, UUID registrationId, List<CriterionScore> scores, String comment) {
        Registration registration = store.get(registrationId);
        Guards.requireCommittee(policy, account, registration, "chấm điểm hồ sơ này");
        Guards.requireStatus(
                registration,
                "chấm điểm",
                RegistrationStatus.SELF_ASSESSED,
                RegistrationStatus.UNDER_EVALUATION,
                RegistrationStatus.NOMINATED);
        ScoreSheet.check(
                ScoreSheet.criteria(criteria, campaigns.get(registration.campaignId()), registration),
                scores == null ? List.of() : scores);
        String said = Guards.required(comment, "nhận xét của người đánh giá");
        if (alreadyEvaluated(registration, account)) {
            throw new StepRefusedException("Bạn đã chấm hồ sơ này ở vòng đánh giá hiện tại.");
        }
        insert(registration, account, scores, said, clock.instant());
        if (registration.status() != RegistrationStatus.UNDER_EVALUATION) {
            store.move(
                    registration,
                    RegistrationStatus.UNDER_EVALUATION,
                    registration.currentLevel(),
                    registration.round(),
                    null);
        }
        audit.record(registration.campaignId(), registrationId, "EVALUATED", account, detail(scores, said));
        return store.get(registrationId);
    }

    void insert(Registration registration, Account evaluator, List<CriterionScore> scores, String comment, Instant at) {
        jdbc.sql("""
                        INSERT INTO recognition.evaluation (id, registration_id, level, round, evaluator_id,
                            evaluator_name, scores, comment, evaluated_at)
                        VALUES (:id, :registration, :level, :round, :evaluator, :name, CAST(:scores AS jsonb),
                            :comment, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("registration", registration.id())
                .param("level", registration.currentLevel().name())
                .param("round", registration.round())
                .param("evaluator", evaluator.id())
                .param("name", evaluator.displayName())
                .param("scores", RegistrationStore.JSON.writeValueAsString(scores))
                .param("comment", comment)
                .param("at", Timestamp.from(at))
                .update();
    }

    static String detail(List<CriterionScore> scores, String comment) {
        return "Tổng điểm " + scores.stream().mapToInt(CriterionScore::score).sum() + ": " + comment;
    }

    /** Back to the unit with the reasons; the evaluations so far stay on record, the next round starts afresh. */
    @Transactional
    public Registration sendBack(Account account, UUID registrationId, String reasons) {
        Registration registration = store.get(registrationId);
        Guards.requireCommittee(policy, account, registration, "trả lại hồ sơ này");
        Guards.requireStatus(
                registration, "trả lại hồ sơ", RegistrationStatus.SELF_ASSESSED, RegistrationStatus.UNDER_EVALUATION);
        String why = Guards.required(reasons, "lý do trả lại, để đơn vị biết cần bổ sung gì");
        store.move(
                registration, RegistrationStatus.RETURNED, registration.currentLevel(), registration.round() + 1, why);
        audit.record(registration.campaignId(), registrationId, "RETURNED", account, why);
        return store.get(registrationId);
    }

    /** The criteria the registration is scored on where it stands now, for forms to list. */
    public vn.danvankheo.recognition.criteria.CriteriaSet criteriaFor(Registration registration) {
        return ScoreSheet.setFor(criteria, campaigns.get(registration.campaignId()), registration);
    }

    /** The evaluations of the registration's current level and round, which a decision rests on. */
    public List<EvaluationView> current(Registration registration) {
        return jdbc.sql("""
                        SELECT evaluator_name, scores::text AS scores, comment, evaluated_at
                        FROM recognition.evaluation
                        WHERE registration_id = :id AND level = :level AND round = :round
                        ORDER BY evaluated_at
                        """)
                .param("id", registration.id())
                .param("level", registration.currentLevel().name())
                .param("round", registration.round())
                .query((rs, n) -> new EvaluationView(
                        rs.getString("evaluator_name"),
                        List.of(RegistrationStore.JSON.readValue(rs.getString("scores"), CriterionScore[].class)),
                        rs.getString("comment"),
                        rs.getTimestamp("evaluated_at").toInstant()))
                .list();
    }

    private boolean alreadyEvaluated(Registration registration, Account account) {
        return jdbc.sql("""
                                SELECT count(*) FROM recognition.evaluation
                                WHERE registration_id = :id AND level = :level AND round = :round
                                    AND evaluator_id = :evaluator
                                """)
                        .param("id", registration.id())
                        .param("level", registration.currentLevel().name())
                        .param("round", registration.round())
                        .param("evaluator", account.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public record EvaluationView(
            String evaluatorName, List<CriterionScore> scores, String comment, java.time.Instant evaluatedAt) {

        public int total() {
            return scores.stream().mapToInt(CriterionScore::score).sum();
        }
    }
}
