package vn.danvankheo.seed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.CriteriaSet;
import vn.danvankheo.recognition.criteria.Criterion;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions.GeneratedRecognition;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Nominations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * A generated recognition taken through the workflow's public steps, each at the instant the generator gives it, by
 * the same actors the bulk door names: what the door's rows are compared with. A campaign is opened once per organiser,
 * as the door opens it.
 */
class WorkflowPath {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Campaigns campaigns;
    private final Registrations registrations;
    private final SelfAssessments selfAssessments;
    private final Evaluations evaluations;
    private final Decisions decisions;
    private final Nominations nominations;
    private final UnitRatings ratings;
    private final CriteriaCatalogue criteria;
    private final GeneratedRecognitions door;
    private final ModelCatalog catalog;
    private final Map<UUID, Campaign> opened = new HashMap<>();

    WorkflowPath(
            Campaigns campaigns,
            Registrations registrations,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            Decisions decisions,
            Nominations nominations,
            UnitRatings ratings,
            CriteriaCatalogue criteria,
            GeneratedRecognitions door,
            ModelCatalog catalog) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.nominations = nominations;
        this.ratings = ratings;
        this.criteria = criteria;
        this.door = door;
        this.catalog = catalog;
    }

    /** Recognises {@code modelId} (the write path's copy of the generated model) as the generator drew it. */
    void recognise(GeneratedRecognition steps, UUID modelId, MovableClock clock) {
        ModelView model = catalog.find(modelId).orElseThrow();
        int year = steps.year();
        Campaign campaign = opened.computeIfAbsent(steps.organiserId(), organiser -> {
            clock.set(GeneratedRecognitions.campaignOpening(year));
            return campaigns.open(
                    GeneratedRecognitions.unitSide(),
                    door.campaign(
                            organiser,
                            model.locality().provinceCode(),
                            model.place().communeCode(),
                            year));
        });
        clock.set(steps.at(0));
        Registration registration = registrations.register(
                GeneratedRecognitions.unitSide(),
                new NewRegistration(campaign.id(), modelId, "NEW", null, steps.targets(), false));
        clock.set(steps.at(1));
        registrations.launch(
                GeneratedRecognitions.unitSide(),
                registration.id(),
                LocalDate.ofInstant(steps.at(1), VIETNAM),
                GeneratedRecognitions.LAUNCH_NOTE);
        clock.set(steps.at(2));
        registration = selfAssessments.submit(
                GeneratedRecognitions.unitSide(),
                registration.id(),
                scores(evaluations.criteriaFor(registration), steps.score()),
                List.of(new Evidence(null, door.evidenceOf(modelId), GeneratedRecognitions.EVIDENCE_NOTE)),
                GeneratedRecognitions.SUMMARY);
        for (int step = 3; ; step += 3) {
            RecognitionLevel level = registration.currentLevel();
            clock.set(steps.at(step));
            registration = evaluations.evaluate(
                    GeneratedRecognitions.committee(level),
                    registration.id(),
                    scores(evaluations.criteriaFor(registration), steps.score()),
                    GeneratedRecognitions.COMMENT);
            if (registration.isCollective()
                    && ratings.of(registration.unitId(), year).isEmpty()) {
                ratings.rate(GeneratedRecognitions.unitSide(), registration.unitId(), year, "GOOD");
            }
            clock.set(steps.at(step + 1));
            registration = decisions.decide(
                    GeneratedRecognitions.committee(level),
                    registration.id(),
                    true,
                    GeneratedRecognitions.REASONS,
                    GeneratedRecognitions.reference(level, year),
                    registration.isCollective() ? List.of() : personalCriteria(level, year));
            if (level == steps.level()) {
                return;
            }
            clock.set(steps.at(step + 2));
            registration = nominations.nominate(GeneratedRecognitions.committee(level), registration.id());
        }
    }

    private List<String> personalCriteria(RecognitionLevel level, int year) {
        return criteria.inForce(level, year, Audience.EXEMPLARY_INDIVIDUAL).stream()
                .flatMap(set -> set.criteria().stream())
                .map(Criterion::code)
                .distinct()
                .toList();
    }

    private static List<CriterionScore> scores(CriteriaSet set, int score) {
        return set.criteria().stream()
                .map(criterion -> new CriterionScore(criterion.code(), score, null))
                .toList();
    }
}
