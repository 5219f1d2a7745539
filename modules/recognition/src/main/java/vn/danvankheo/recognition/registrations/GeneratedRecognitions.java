package vn.danvankheo.recognition.registrations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.GeneratedBadges;
import vn.danvankheo.catalog.GeneratedBadges.GeneratedBadge;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.CampaignTargets;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.NewCampaign;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.ratings.UnitRatings;

/**
 * The bulk door for the generator's recognitions: a generated model recognised up to a level is taken through the
 * workflow's steps as {@link Registrations}, {@link SelfAssessments}, {@link Evaluations}, {@link Decisions} and
 * {@link Nominations} take a real one, with their checks, and written as the same rows, trail and badges, each step
 * at the instant the generator gives instead of now. The commune's campaign of the year and the unit's rating are
 * opened and entered on the way, as a committee would before deciding.
 *
 * <p>Only the platform loads generated recognitions. The steps need actors with ids, which the platform has not: the
 * unit's side and each level's committee are played by {@link #unitSide()} and {@link #committee}, an id no account
 * has and a name saying it is the generator. Every row carries the seed run, so {@link #removeAll} finds them.
 */
@Service
public class GeneratedRecognitions {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final UUID GENERATOR_ID =
            UUID.nameUUIDFromBytes("dvk-seed-generator".getBytes(StandardCharsets.UTF_8));
    private static final String GENERATOR_NAME = "Bộ sinh dữ liệu thử";
    private static final String MARK = " (dữ liệu thử)";
    private static final String CAMPAIGN_TITLE = "Phong trào thi đua “Dân vận khéo” năm %d" + MARK;
    public static final String LAUNCH_NOTE = "Lễ ra mắt mô hình tại nhà văn hóa, có đại diện cấp ủy và bà con" + MARK;
    public static final String SUMMARY = "Mô hình đạt các chỉ tiêu đăng ký, được người dân đồng tình" + MARK;
    public static final String EVIDENCE_NOTE = "Ảnh, cập nhật tiến độ của mô hình" + MARK;
    public static final String COMMENT = "Hồ sơ đầy đủ, mô hình có kết quả rõ" + MARK;
    public static final String REASONS = "Đạt các tiêu chí, được hội đồng thống nhất" + MARK;

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final CriteriaCatalogue criteria;
    private final ModelCatalog models;
    private final SelfAssessments selfAssessments;
    private final GeneratedBadges badges;
    private final WritePolicy policy;
    private final JdbcClient jdbc;
    private final GeneratedSteps.Collaborators collaborators;

    GeneratedRecognitions(
            RegistrationStore store,
            Campaigns campaigns,
            CriteriaCatalogue criteria,
            ModelCatalog models,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            Decisions decisions,
            UnitRatings ratings,
            GeneratedBadges badges,
            WritePolicy policy,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.store = store;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.models = models;
        this.selfAssessments = selfAssessments;
        this.badges = badges;
        this.policy = policy;
        this.jdbc = jdbc;
        this.collaborators = new GeneratedSteps.Collaborators(
                store, criteria, selfAssessments, evaluations, decisions, ratings, policy, audit);
    }

    /**
     * A generated model's way to recognition at {@code level} (and at each level below it, nominated upwards) in the
     * campaign {@code organiserId} opens for the year of {@code registeredAt}. Step {@code k} happens at
     * {@link #at(int)}: registration, launch, self-assessment, then at each level evaluation, decision and, below
     * the last, nomination.
     *
     * @param score every criterion's score, by the unit and by the committees alike
     */
    public record GeneratedRecognition(
            UUID modelId,
            UUID organiserId,
            RecognitionLevel level,
            Instant registeredAt,
            Duration pace,
            List<IndicatorTarget> targets,
            int score) {

        public GeneratedRecognition {
            targets = List.copyOf(targets);
        }

        public Instant at(int step) {
            return registeredAt.plus(pace.multipliedBy(step));
        }

        /** The number of the last step: the decision at {@code level}. */
        public int lastStep() {
            return 4 + 3 * level.ordinal();
        }

        public int year() {
            return LocalDate.ofInstant(registeredAt, VIETNAM).getYear();
        }
    }

    /** The generator on the unit's side: registers, launches and self-assesses, and opens campaigns. */
    public static Account unitSide() {
        return new Account(
                GENERATOR_ID,
                "bo-sinh-du-lieu",
                GENERATOR_NAME,
                Role.ADMINISTRATOR,
                null,
                null,
                Scope.NATIONWIDE,
                null,
                true);
    }

    /** The generator as a level's committee: evaluates, decides and nominates. */
    public static Account committee(RecognitionLevel level) {
        return new Account(
                GENERATOR_ID,
                "bo-sinh-du-lieu",
                GENERATOR_NAME,
                Role.COMMITTEE_MEMBER,
                null,
                null,
                Scope.NATIONWIDE,
                CommitteeLevel.valueOf(level.name()),
                true);
    }

    /** What the campaign {@code organiserId} opens for the generator's recognitions of a year. */
    public NewCampaign campaign(UUID organiserId, String provinceCode, String communeCode, int year) {
        return new NewCampaign(
                RecognitionLevel.GRASSROOTS.name(),
                year,
                String.format(CAMPAIGN_TITLE, year),
                organiserId,
                provinceCode,
                communeCode,
                criteria.inForce(RecognitionLevel.GRASSROOTS, year, Audience.MODEL).stream()
                        .findFirst()
                        .orElseThrow(() -> new StepRefusedException("Không có bộ tiêu chí cấp cơ sở năm " + year + "."))
                        .id(),
                new NewCampaign.Deadlines(year + "-03-31", year + "-06-30", year + "-11-30", year + "-12-15"),
                "MARK_LATE",
                1,
                new CampaignTargets(100, 1));
    }

    /** When a year's generated campaigns are opened: the first working morning of the year. */
    public static Instant campaignOpening(int year) {
        return LocalDate.of(year, 1, 2)
                .atTime(LocalTime.of(8, 0))
                .atZone(VIETNAM)
                .toInstant();
    }

    /** The reference of a generated decision at a level. */
    public static String reference(RecognitionLevel level, int year) {
        return "QĐ-DVK-" + level.name() + "-" + year + MARK;
    }

    /**
     * Takes each recognition of the batch through its steps, all or none, leaving out models already registered by
     * a generated registration (a resumed run). Returns the models given badges.
     */
    @Transactional
    public List<UUID> store(String seedRun, List<GeneratedRecognition> batch, Account platform) {
        if (!policy.isPlatform(platform)) {
            throw new RecognitionNotPermittedException("Chỉ hệ thống mới được nạp dữ liệu sinh thử.");
        }
        Set<UUID> present = registered(batch);
        List<GeneratedBadge> given = new ArrayList<>();
        List<UUID> recognised = new ArrayList<>();
        for (GeneratedRecognition generated : batch) {
            if (present.add(generated.modelId())) {
                given.addAll(recognise(seedRun, generated));
                recognised.add(generated.modelId());
            }
        }
        badges.record(given, platform);
        return recognised;
    }

    private List<GeneratedBadge> recognise(String seedRun, GeneratedRecognition generated) {
        ModelView model = models.find(generated.modelId())
                .filter(ModelView::isPublished)
                .orElseThrow(() -> new StepRefusedException(
                        "Mô hình sinh thử " + generated.modelId() + " chưa công bố, không thể đăng ký thi đua."));
        int year = generated.year();
        Instant opened = campaignOpening(year);
        if (!generated.registeredAt().isAfter(opened)) {
            throw new StepRefusedException("Đăng ký sinh thử trước khi đợt thi đua năm " + year + " được phát động.");
        }
        Campaign campaign = campaigns.openGenerated(
                seedRun,
                UUID.nameUUIDFromBytes(("dvk-seed-campaign:" + seedRun + ":" + generated.organiserId() + ":" + year)
                        .getBytes(StandardCharsets.UTF_8)),
                campaign(
                        generated.organiserId(),
                        model.locality().provinceCode(),
                        model.place().communeCode(),
                        year),
                unitSide(),
                opened);
        GeneratedSteps steps = new GeneratedSteps(seedRun, campaign, generated, collaborators);
        Registration registration = steps.register(model);
        registration = steps.launch(registration);
        registration = steps.selfAssess(registration, evidenceOf(model.id()));
        List<GeneratedBadge> given = new ArrayList<>();
        for (int step = 3; ; step += 3) {
            registration = steps.evaluate(registration, step);
            given.add(steps.decide(registration, step + 1));
            registration = store.get(registration.id());
            if (registration.currentLevel() == generated.level()) {
                return given;
            }
            registration = steps.nominate(registration, step + 2);
        }
    }

    /** The model's first photo, or else its newest update: a self-assessment shows one of its own records. */
    public UUID evidenceOf(UUID modelId) {
        return models.find(modelId)
                .flatMap(model -> model.photos().stream().findFirst().map(ModelView.PhotoView::mediaId))
                .or(() -> selfAssessments.newestUpdate(modelId))
                .orElseThrow(() -> new StepRefusedException(
                        "Mô hình sinh thử " + modelId + " không có ảnh hay cập nhật nào làm minh chứng tự đánh giá."));
    }

    private Set<UUID> registered(List<GeneratedRecognition> batch) {
        if (batch.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT model_id FROM recognition.registration
                        WHERE model_id = ANY(:models) AND seed_run IS NOT NULL
                        """)
                .param(
                        "models",
                        batch.stream().map(GeneratedRecognition::modelId).toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    /**
     * Deletes every generated recognition record of every run, with its trail, and the campaigns no real
     * registration joined; the catalog's badges go with the generated models. Real records are never touched.
     * Returns how many registrations were removed.
     */
    @Transactional
    public int removeAll() {
        String generated = "SELECT id FROM recognition.registration WHERE seed_run IS NOT NULL";
        jdbc.sql("DELETE FROM recognition.honour_event_registration WHERE registration_id IN (" + generated + ")")
                .update();
        jdbc.sql("DELETE FROM recognition.decision WHERE registration_id IN (" + generated + ")")
                .update();
        jdbc.sql("DELETE FROM recognition.evaluation WHERE registration_id IN (" + generated + ")")
                .update();
        jdbc.sql("DELETE FROM recognition.self_assessment WHERE registration_id IN (" + generated + ")")
                .update();
        jdbc.sql("DELETE FROM recognition.audit_event WHERE seed_run IS NOT NULL")
                .update();
        int removed = jdbc.sql("DELETE FROM recognition.registration WHERE seed_run IS NOT NULL")
                .update();
        jdbc.sql("""
                        DELETE FROM recognition.campaign c WHERE c.seed_run IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM recognition.registration r WHERE r.campaign_id = c.id)
                        """).update();
        jdbc.sql("DELETE FROM recognition.unit_rating WHERE seed_run IS NOT NULL")
                .update();
        return removed;
    }
}
