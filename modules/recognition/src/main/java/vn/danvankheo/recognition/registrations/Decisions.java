package vn.danvankheo.recognition.registrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelRecognitions;
import vn.danvankheo.catalog.RecognitionBadge;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.CriteriaSet;
import vn.danvankheo.recognition.criteria.Criterion;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.ratings.UnitRating;
import vn.danvankheo.recognition.ratings.UnitRatings;

/**
 * The level's committee decides, once its evaluators have scored: exemplary ("điển hình") at that level, or not, with
 * the reasons. The collective's unit and a leader's unit must be rated "hoàn thành tốt nhiệm vụ" or better that year;
 * an individual must meet the personal criteria the level issued (seed 000, III.2).
 */
@Service
public class Decisions {

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final UnitRatings ratings;
    private final CriteriaCatalogue criteria;
    private final WritePolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModelRecognitions badges;

    Decisions(
            RegistrationStore store,
            Campaigns campaigns,
            Evaluations evaluations,
            UnitRatings ratings,
            CriteriaCatalogue criteria,
            WritePolicy policy,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock,
            ModelRecognitions badges) {
        this.badges = badges;
        this.store = store;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.ratings = ratings;
        this.criteria = criteria;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param confirmedCriteria for an individual owner, the codes of the personal (and, for leaders, leadership)
     *     criteria the committee found met
     */
    @Transactional
    public Registration decide(
            Account account,
            UUID registrationId,
            boolean recognised,
            String reasons,
            String reference,
            List<String> confirmedCriteria) {
        Registration registration = store.get(registrationId);
        Guards.requireCommittee(policy, account, registration, "quyết định công nhận hồ sơ này");
        Guards.requireStatus(registration, "quyết định", RegistrationStatus.UNDER_EVALUATION);
        Campaign campaign = campaigns.get(registration.campaignId());
        int evaluated = evaluations.current(registration).size();
        if (evaluated < campaign.minEvaluators()) {
            throw new StepRefusedException("Chưa thể quyết định: cần ít nhất " + campaign.minEvaluators()
                    + " thành viên hội đồng chấm điểm, mới có " + evaluated + ".");
        }
        String why = Guards.required(reasons, "lý do của quyết định");
        String decisionReference = recognised ? Guards.required(reference, "số, ký hiệu quyết định công nhận") : "";
        if (decisionReference.length() > 100) {
            throw new InvalidRecognitionRequestException("Số, ký hiệu quyết định dài quá 100 ký tự.");
        }
        if (recognised) {
            requireExemplaryConditions(registration, confirmedCriteria == null ? List.of() : confirmedCriteria);
        }
        insert(registration, recognised, why, decisionReference, account, clock.instant());
        if (recognised) {
            // The badge goes to the catalog in this transaction, and from its outbox to the map and search.
            badges.record(
                    registration.modelId(),
                    new RecognitionBadge(
                            RecognitionBadge.Level.valueOf(
                                    registration.currentLevel().name()),
                            registration.year(),
                            decisionReference));
        }
        store.move(
                registration,
                recognised ? RegistrationStatus.RECOGNISED : RegistrationStatus.NOT_RECOGNISED,
                registration.currentLevel(),
                registration.round(),
                null);
        audit.record(
                registration.campaignId(),
                registrationId,
                recognised ? "RECOGNISED" : "NOT_RECOGNISED",
                account,
                detail(registration, recognised, decisionReference, why));
        return store.get(registrationId);
    }

    void insert(
            Registration registration,
            boolean recognised,
            String reasons,
            String reference,
            Account decidedBy,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO recognition.decision (id, registration_id, level, year, recognised, reasons,
                            reference, decided_by, decided_by_name, decided_at)
                        VALUES (:id, :registration, :level, :year, :recognised, :reasons, :reference, :by, :name, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("registration", registration.id())
                .param("level", registration.currentLevel().name())
                .param("year", registration.year())
                .param("recognised", recognised)
                .param("reasons", reasons)
                .param("reference", reference)
                .param("by", decidedBy.id())
                .param("name", decidedBy.displayName())
                .param("at", Timestamp.from(at))
                .update();
    }

    static String detail(Registration registration, boolean recognised, String reference, String reasons) {
        return (recognised ? "Công nhận điển hình " : "Không công nhận ")
                + registration.currentLevel().labelVi().toLowerCase() + " năm " + registration.year()
                + (recognised ? " (" + reference + ")" : "") + ": " + reasons;
    }

    void requireExemplaryConditions(Registration registration, List<String> confirmed) {
        boolean needsGoodUnit = registration.isCollective() || registration.ownerLeads();
        if (needsGoodUnit) {
            UnitRating rating = ratings.of(registration.unitId(), registration.year())
                    .orElseThrow(() -> new StepRefusedException("Chưa có xếp loại năm " + registration.year()
                            + " của đơn vị " + registration.unitName() + ": điển hình cần đơn vị “"
                            + UnitRating.GOOD.labelVi().toLowerCase() + "” trở lên."));
            if (!rating.goodOrBetter()) {
                throw new StepRefusedException("Đơn vị " + registration.unitName() + " năm " + registration.year()
                        + " được xếp loại “" + rating.labelVi().toLowerCase() + "”; điển hình cần đơn vị “"
                        + UnitRating.GOOD.labelVi().toLowerCase() + "” trở lên.");
            }
        }
        if (!registration.isCollective()) {
            Set<String> required = personalCriteria(registration);
            required.removeAll(new HashSet<>(confirmed));
            if (!required.isEmpty()) {
                throw new StepRefusedException(
                        "Cá nhân điển hình phải đạt cả các tiêu chí riêng; hội đồng chưa xác nhận " + required + ".");
            }
        }
    }

    /** What the committee must confirm of an individual owner: the personal criteria, and a leader's too. */
    Set<String> personalCriteria(Registration registration) {
        Set<String> required = new LinkedHashSet<>(
                personalCriteria(registration.currentLevel(), registration.year(), Audience.EXEMPLARY_INDIVIDUAL));
        if (registration.ownerLeads()) {
            required.addAll(personalCriteria(registration.currentLevel(), registration.year(), Audience.LEADER));
        }
        return required;
    }

    private Set<String> personalCriteria(RecognitionLevel level, int year, Audience audience) {
        Set<String> codes = new LinkedHashSet<>();
        for (CriteriaSet set : criteria.inForce(level, year, audience)) {
            set.criteria().stream().map(Criterion::code).forEach(codes::add);
        }
        return codes;
    }

    public List<Decision> of(UUID registrationId) {
        return jdbc.sql("""
                        SELECT * FROM recognition.decision WHERE registration_id = :id
                        ORDER BY decided_at, array_position(ARRAY['GRASSROOTS', 'PROVINCIAL', 'CENTRAL'], level::text)
                        """)
                .param("id", registrationId)
                .query((rs, n) -> new Decision(
                        rs.getObject("registration_id", UUID.class),
                        RecognitionLevel.valueOf(rs.getString("level")),
                        rs.getInt("year"),
                        rs.getBoolean("recognised"),
                        rs.getString("reasons"),
                        rs.getString("reference"),
                        rs.getString("decided_by_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
