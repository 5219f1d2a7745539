package vn.danvankheo.recognition.registrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;

/** The owner scores its model on each criterion and shows evidence from the model's own records. */
@Service
public class SelfAssessments {

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final CriteriaCatalogue criteria;
    private final ModelCatalog models;
    private final ProgressUpdates updates;
    private final WritePolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SelfAssessments(
            RegistrationStore store,
            Campaigns campaigns,
            CriteriaCatalogue criteria,
            ModelCatalog models,
            ProgressUpdates updates,
            WritePolicy policy,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.models = models;
        this.updates = updates;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Registration submit(
            Account account,
            UUID registrationId,
            List<CriterionScore> scores,
            List<Evidence> evidence,
            String summary) {
        Registration registration = store.get(registrationId);
        Guards.requireOwnUnit(policy, account, registration, "tự đánh giá mô hình này");
        Guards.requireStatus(
                registration, "gửi bản tự đánh giá", RegistrationStatus.REGISTERED, RegistrationStatus.RETURNED);
        if (registration.kind() == RegistrationKind.NEW && registration.launchedOn() == null) {
            throw new StepRefusedException(
                    "Mô hình mới phải tổ chức ra mắt trước khi tự đánh giá (tiêu chí 2); hãy ghi lễ ra mắt trước.");
        }
        Set<String> codes = ScoreSheet.criteria(criteria, campaigns.get(registration.campaignId()), registration);
        ScoreSheet.check(codes, scores == null ? List.of() : scores);
        List<Evidence> shown = evidence == null ? List.of() : evidence;
        if (shown.isEmpty()) {
            throw new InvalidRecognitionRequestException(
                    "Bản tự đánh giá cần ít nhất một minh chứng từ hồ sơ của mô hình (ảnh, cập nhật, tài liệu).");
        }
        Set<UUID> records = recordsOf(registration.modelId());
        for (Evidence item : shown) {
            if (item == null || item.recordId() == null || !records.contains(item.recordId())) {
                throw new InvalidRecognitionRequestException("Minh chứng " + (item == null ? null : item.recordId())
                        + " không thuộc hồ sơ của mô hình “" + registration.modelName() + "”.");
            }
            if (item.criterion() != null && !codes.contains(item.criterion())) {
                throw new InvalidRecognitionRequestException(
                        "Minh chứng ghi cho tiêu chí \"" + item.criterion() + "\" không có trong bộ tiêu chí.");
            }
        }
        insert(
                registrationId,
                registration.round(),
                scores,
                shown,
                Guards.required(summary, "phần tự nhận xét chung"),
                account.id(),
                clock.instant());
        store.move(
                registration,
                RegistrationStatus.SELF_ASSESSED,
                registration.currentLevel(),
                registration.round(),
                registration.returnedReason());
        audit.record(registration.campaignId(), registrationId, "SELF_ASSESSED", account, detail(scores, shown));
        return store.get(registrationId);
    }

    void insert(
            UUID registrationId,
            int round,
            List<CriterionScore> scores,
            List<Evidence> evidence,
            String summary,
            UUID by,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO recognition.self_assessment (id, registration_id, round, scores, evidence, summary,
                            submitted_by, submitted_at)
                        VALUES (:id, :registration, :round, CAST(:scores AS jsonb), CAST(:evidence AS jsonb), :summary,
                            :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("registration", registrationId)
                .param("round", round)
                .param("scores", RegistrationStore.JSON.writeValueAsString(scores))
                .param("evidence", RegistrationStore.JSON.writeValueAsString(evidence))
                .param("summary", summary)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    static String detail(List<CriterionScore> scores, List<Evidence> evidence) {
        return "Tự đánh giá " + scores.size() + " tiêu chí, " + evidence.size() + " minh chứng";
    }

    /** The id of the model's newest progress update, whatever its review: one of the records evidence may name. */
    Optional<UUID> newestUpdate(UUID modelId) {
        return updates.timeline(modelId).stream().findFirst().map(ProgressUpdate::id);
    }

    /** Photos of the model, its updates and the photos, videos and documents in them. */
    Set<UUID> recordsOf(UUID modelId) {
        Set<UUID> records = new HashSet<>();
        models.find(modelId).ifPresent(model -> model.photos().forEach(photo -> records.add(photo.mediaId())));
        for (ProgressUpdate update : updates.timeline(modelId)) {
            records.add(update.id());
            update.media().forEach(media -> records.add(media.mediaId()));
        }
        return records;
    }
}
