package vn.danvankheo.recognition.registrations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.GeneratedBadges.GeneratedBadge;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.RecognitionBadge;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.ratings.UnitRating;
import vn.danvankheo.recognition.ratings.UnitRatings;

/**
 * One generated recognition's steps, each checked as the workflow's service checks it and written by that service's
 * own statement and trail entry, at the step's instant, with the run's mark. What the services would ask of the
 * account is asked of the generator's actors ({@link GeneratedRecognitions#unitSide()}, {@code committee}).
 */
final class GeneratedSteps {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The workflow's services and stores the steps write through. */
    record Collaborators(
            RegistrationStore store,
            CriteriaCatalogue criteria,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            Decisions decisions,
            UnitRatings ratings,
            WritePolicy policy,
            AuditTrail audit) {}

    private final String seedRun;
    private final Campaign campaign;
    private final GeneratedRecognitions.GeneratedRecognition generated;
    private final Collaborators with;
    private final Account unitSide = GeneratedRecognitions.unitSide();

    GeneratedSteps(
            String seedRun,
            Campaign campaign,
            GeneratedRecognitions.GeneratedRecognition generated,
            Collaborators with) {
        this.seedRun = seedRun;
        this.campaign = campaign;
        this.generated = generated;
        this.with = with;
    }

    /** As {@link Registrations#register}: a new model of the campaign's year, in its locality. */
    Registration register(ModelView model) {
        if (model.profile().yearStarted() != campaign.year()) {
            throw new StepRefusedException(
                    "Mô hình sinh thử “" + model.profile().name() + "” bắt đầu từ năm "
                            + model.profile().yearStarted() + ": chỉ mô hình mới của năm " + campaign.year()
                            + " đăng ký được khi chưa có hồ sơ năm trước.");
        }
        if (!campaign.covers(model.locality().provinceCode(), model.place().communeCode())) {
            throw new StepRefusedException("Mô hình “" + model.profile().name()
                    + "” không thuộc địa bàn của đợt thi đua “" + campaign.title() + "”.");
        }
        if (model.registeringUnitId() == null) {
            throw new StepRefusedException(
                    "Mô hình “" + model.profile().name() + "” chưa gắn với cơ quan, đơn vị đăng ký nào.");
        }
        Registration registration = Registration.registered(
                campaign, model, RegistrationKind.NEW, null, generated.targets(), false, day(0), generated.at(0));
        Guards.requireOwnUnit(with.policy(), unitSide, registration, "đăng ký mô hình này");
        with.store().insert(registration, unitSide.id(), seedRun);
        trail(registration, "REGISTERED", unitSide, Registrations.registeredDetail(registration), 0);
        return registration;
    }

    /** As {@link Registrations#launch}, on the day of step 1. */
    Registration launch(Registration registration) {
        Guards.requireStatus(registration, "ghi lễ ra mắt", RegistrationStatus.REGISTERED);
        with.store().launch(registration, day(1), GeneratedRecognitions.LAUNCH_NOTE);
        trail(registration, "LAUNCHED", unitSide, Registrations.launchedDetail(day(1)), 1);
        return with.store().get(registration.id());
    }

    /** As {@link SelfAssessments#submit}, at step 2, showing {@code evidence}, one of the model's records. */
    Registration selfAssess(Registration registration, UUID evidence) {
        Guards.requireStatus(registration, "gửi bản tự đánh giá", RegistrationStatus.REGISTERED);
        if (registration.launchedOn() == null) {
            throw new StepRefusedException("Mô hình mới phải tổ chức ra mắt trước khi tự đánh giá.");
        }
        if (!with.selfAssessments().recordsOf(registration.modelId()).contains(evidence)) {
            throw new StepRefusedException("Minh chứng " + evidence + " không thuộc hồ sơ của mô hình.");
        }
        List<CriterionScore> scores = scores(registration);
        List<Evidence> shown = List.of(new Evidence(null, evidence, GeneratedRecognitions.EVIDENCE_NOTE));
        with.selfAssessments()
                .insert(
                        registration.id(),
                        registration.round(),
                        scores,
                        shown,
                        GeneratedRecognitions.SUMMARY,
                        unitSide.id(),
                        generated.at(2));
        with.store()
                .move(
                        registration,
                        RegistrationStatus.SELF_ASSESSED,
                        registration.currentLevel(),
                        registration.round(),
                        registration.returnedReason());
        trail(registration, "SELF_ASSESSED", unitSide, SelfAssessments.detail(scores, shown), 2);
        return with.store().get(registration.id());
    }

    /**
     * As {@link Evaluations#evaluate} by the level's committee; a collective's unit is rated that year first, as the
     * decision needs, unless it was already.
     */
    Registration evaluate(Registration registration, int step) {
        Guards.requireStatus(registration, "chấm điểm", RegistrationStatus.SELF_ASSESSED, RegistrationStatus.NOMINATED);
        Account committee = committee(registration);
        List<CriterionScore> scores = scores(registration);
        with.evaluations().insert(registration, committee, scores, GeneratedRecognitions.COMMENT, generated.at(step));
        with.store()
                .move(
                        registration,
                        RegistrationStatus.UNDER_EVALUATION,
                        registration.currentLevel(),
                        registration.round(),
                        null);
        trail(registration, "EVALUATED", committee, Evaluations.detail(scores, GeneratedRecognitions.COMMENT), step);
        if (registration.isCollective() || registration.ownerLeads()) {
            with.ratings()
                    .rateGenerated(
                            seedRun,
                            unitSide,
                            registration.unitId(),
                            registration.year(),
                            UnitRating.GOOD,
                            generated.at(step));
        }
        return with.store().get(registration.id());
    }

    /** As {@link Decisions#decide}: recognised, by the level's committee, confirming every personal criterion. */
    GeneratedBadge decide(Registration registration, int step) {
        Guards.requireStatus(registration, "quyết định", RegistrationStatus.UNDER_EVALUATION);
        Account committee = committee(registration);
        with.decisions()
                .requireExemplaryConditions(
                        registration, List.copyOf(with.decisions().personalCriteria(registration)));
        String reference = GeneratedRecognitions.reference(registration.currentLevel(), registration.year());
        with.decisions()
                .insert(registration, true, GeneratedRecognitions.REASONS, reference, committee, generated.at(step));
        with.store()
                .move(
                        registration,
                        RegistrationStatus.RECOGNISED,
                        registration.currentLevel(),
                        registration.round(),
                        null);
        trail(
                registration,
                "RECOGNISED",
                committee,
                Decisions.detail(registration, true, reference, GeneratedRecognitions.REASONS),
                step);
        return new GeneratedBadge(
                registration.modelId(),
                new RecognitionBadge(
                        RecognitionBadge.Level.valueOf(
                                registration.currentLevel().name()),
                        registration.year(),
                        reference),
                generated.at(step));
    }

    /** As {@link Nominations#nominate}: up one level, before the campaign's nomination deadline. */
    Registration nominate(Registration registration, int step) {
        Guards.requireStatus(registration, "đề nghị lên cấp trên", RegistrationStatus.RECOGNISED);
        if (registration.currentLevel() == RecognitionLevel.CENTRAL) {
            throw new StepRefusedException("Cấp Trung ương là cấp cao nhất; không có cấp trên để đề nghị.");
        }
        if (registration.currentLevel() == campaign.level()
                && day(step).isAfter(campaign.deadlines().nominations())) {
            throw new StepRefusedException(
                    "Đề nghị sinh thử sau hạn giới thiệu của đợt thi đua “" + campaign.title() + "”.");
        }
        Account committee = committee(registration);
        RecognitionLevel next =
                RecognitionLevel.values()[registration.currentLevel().ordinal() + 1];
        with.store().move(registration, RegistrationStatus.NOMINATED, next, registration.round() + 1, null);
        trail(registration, "NOMINATED", committee, Nominations.detail(next), step);
        return with.store().get(registration.id());
    }

    private List<CriterionScore> scores(Registration registration) {
        Set<String> codes = ScoreSheet.criteria(with.criteria(), campaign, registration);
        return codes.stream()
                .map(code -> new CriterionScore(code, generated.score(), null))
                .toList();
    }

    private static Account committee(Registration registration) {
        return GeneratedRecognitions.committee(registration.currentLevel());
    }

    private void trail(Registration registration, String action, Account actor, String detail, int step) {
        with.audit()
                .recordGenerated(seedRun, campaign.id(), registration.id(), action, actor, detail, generated.at(step));
    }

    private LocalDate day(int step) {
        return LocalDate.ofInstant(generated.at(step), VIETNAM);
    }
}
