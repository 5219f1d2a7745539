package vn.danvankheo.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.IndicatorTarget;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * The people and records a recognition test in the web module needs, in Bàn Cờ ward (79, 27154): a unit of its own
 * (or one already recorded), a contributor, a published model of this year with a photo, two ward committee members,
 * the demo's plans, and the steps from registration to recognition through the services.
 */
final class RecognitionJourney {

    static final String CITY_PLAN = "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026";
    static final String WARD_PLAN =
            "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026 của Đảng ủy phường Bàn Cờ";
    static final List<String> CRITERIA =
            List.of("LP2026-1", "LP2026-2", "LP2026-3", "LP2026-4", "LP2026-5", "LP2026-6", "LP2026-7", "LP2026-8");

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final UUID unit;
    final Account contributor;
    final String contributorName = "ctv-thi-dua-" + tag;
    final Account member;
    final String memberName = "hd-thi-dua-" + tag;
    final Account secondMember;

    private final ModelWrites writes;

    RecognitionJourney(DemoSiteIntegrationTest site, AccountDirectory accounts, ModelWrites writes) {
        this(accounts, writes, tag -> site.unit("Chi hội Khuyến học khu phố " + tag, "79", "27154"));
    }

    /** The people of a unit already recorded, for a test that needs one the demo's plans count among theirs. */
    RecognitionJourney(AccountDirectory accounts, ModelWrites writes, UUID existingUnit) {
        this(accounts, writes, tag -> existingUnit);
    }

    private RecognitionJourney(AccountDirectory accounts, ModelWrites writes, Function<String, UUID> unitOfTag) {
        this.writes = writes;
        unit = unitOfTag.apply(tag);
        contributor = accounts.open(new NewAccount(
                contributorName,
                "Cộng tác viên chi hội " + tag,
                DemoSiteIntegrationTest.PASSWORD,
                Role.CONTRIBUTOR,
                unit,
                "79",
                "27154",
                null));
        member = accounts.open(new NewAccount(
                memberName,
                "Ủy viên thường vụ " + tag,
                DemoSiteIntegrationTest.PASSWORD,
                Role.COMMITTEE_MEMBER,
                null,
                "79",
                "27154",
                CommitteeLevel.GRASSROOTS));
        secondMember = accounts.open(new NewAccount(
                "hd-thi-dua-2-" + tag,
                "Ủy viên thứ hai " + tag,
                DemoSiteIntegrationTest.PASSWORD,
                Role.COMMITTEE_MEMBER,
                null,
                "79",
                "27154",
                CommitteeLevel.GRASSROOTS));
    }

    /** A published collective model of 2026 with one photo, the evidence a self-assessment shows. */
    ModelView model(String name) {
        ModelView model = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "thi-dua-" + tag + "-"
                                        + UUID.randomUUID().toString().substring(0, 4),
                                unit,
                                new ModelProfile(
                                        name + " " + tag,
                                        "Chi hội Khuyến học khu phố " + tag,
                                        OwnerKind.COLLECTIVE,
                                        Field.CULTURE_SOCIETY_PEOPLE,
                                        2026,
                                        "Mỗi tối thứ Năm một lớp học tiếng Anh miễn phí cho thiếu nhi khu phố.",
                                        "Đoạn thứ nhất."),
                                new ModelLocation(10.7712, 106.6822, "27154"),
                                List.of(new NewModel.NewPhoto(
                                        UUID.randomUUID(), "Lớp học tối thứ Năm", "Ảnh: chi hội")),
                                null,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, model.id(), model.state().version())
                .block();
    }

    /** The demo loads its plans in the background once its units are recorded. */
    static Campaign plan(Campaigns campaigns, String title) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var found = campaigns.all().stream()
                    .filter(campaign -> campaign.title().equals(title))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo did not load the plan " + title);
    }

    /** Registration, launch and self-assessment through the services, as the contributor's pages would take them. */
    Registration selfAssessed(
            ModelView model, Campaign plan, Registrations registrations, SelfAssessments selfAssessments) {
        Registration registered = registrations.register(
                contributor,
                new NewRegistration(
                        plan.id(),
                        model.id(),
                        "NEW",
                        null,
                        List.of(new IndicatorTarget("Buổi học", "buổi", BigDecimal.valueOf(40))),
                        false));
        registrations.launch(contributor, registered.id(), LocalDate.of(2026, 3, 5), "Ra mắt tại nhà văn hoá");
        selfAssessments.submit(
                contributor,
                registered.id(),
                scores(8),
                List.of(new Evidence(null, model.photos().get(0).mediaId(), "Lớp học")),
                "Duy trì hằng tuần");
        return registered;
    }

    /** Then the ward committee's scores, the unit's rating and the decision recognising it. */
    Registration recognised(
            ModelView model,
            Campaign plan,
            Registrations registrations,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            UnitRatings ratings,
            Decisions decisions) {
        Registration registered = selfAssessed(model, plan, registrations, selfAssessments);
        evaluations.evaluate(member, registered.id(), scores(9), "Thiết thực");
        evaluations.evaluate(secondMember, registered.id(), scores(8), "Lan toả tốt");
        ratings.rate(member, unit, 2026, "GOOD");
        return decisions.decide(member, registered.id(), true, "Tiêu biểu của khu phố", "21-QĐ/ĐU", List.of());
    }

    static List<CriterionScore> scores(int score) {
        return CRITERIA.stream()
                .map(code -> new CriterionScore(code, score, null))
                .toList();
    }
}
