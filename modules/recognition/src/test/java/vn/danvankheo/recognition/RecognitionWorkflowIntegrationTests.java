package vn.danvankheo.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.RecognitionBadge;
import vn.danvankheo.recognition.AuditTrail.AuditEntry;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.CampaignTargets;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.NewCampaign;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.Criterion;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.honours.HonourEvent;
import vn.danvankheo.recognition.honours.HonourEvents;
import vn.danvankheo.recognition.honours.NewHonourEvent;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.IndicatorTarget;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Nominations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationStatus;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;
import vn.danvankheo.recognition.reports.CampaignProgress;
import vn.danvankheo.recognition.reports.CampaignReports;

/** The workflow of seed 000 and seed 002 section V, walked step by step, with every refusal on the way. */
class RecognitionWorkflowIntegrationTests extends RecognitionIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ModelCatalog models;

    @Autowired
    ModelWrites writes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Registrations registrations;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Decisions decisions;

    @Autowired
    Nominations nominations;

    @Autowired
    UnitRatings ratings;

    @Autowired
    HonourEvents honours;

    @Autowired
    CriteriaCatalogue criteria;

    @Autowired
    AuditTrail audit;

    @Autowired
    UnitRegistry units;

    @Autowired
    CampaignReports reports;

    Participants people;
    Account administrator;
    Unit organiser;

    @BeforeEach
    void people() {
        people = new Participants(accounts, writes, units);
        administrator = people.administrator();
        organiser = people.organiser();
    }

    @Test
    void theImpossibleDeadlineOfThePlanIsRefusedNamingTheDate() {
        NewCampaign plan = campaign(2026, "30/01/2026", "REFUSE");
        NewCampaign withNovember31 = new NewCampaign(
                plan.level(),
                plan.year(),
                plan.title(),
                plan.organiserId(),
                plan.provinceCode(),
                plan.communeCode(),
                plan.criteriaSetId(),
                new NewCampaign.Deadlines("30/01/2026", "30/6/2026", "10/10/2026", "31/11/2026"),
                plan.latePolicy(),
                plan.minEvaluators(),
                plan.targets());

        assertThatThrownBy(() -> campaigns.open(administrator, withNovember31))
                .isInstanceOf(InvalidRecognitionRequestException.class)
                .hasMessageContaining("báo cáo năm")
                .hasMessageContaining("31/11/2026")
                .hasMessageContaining("không có thật")
                .hasMessageContaining("chỉ có 30 ngày");
        assertThat(campaigns.all()).noneMatch(campaign -> campaign.title().equals(plan.title()));
    }

    @Test
    void aModelGoesFromRegistrationToCentralHonouringAndNoStepCanBeSkipped() {
        Unit unit = people.unit(Participants.unique("Chi bộ tổ dân phố"), organiser);
        Account contributor = people.contributor(unit);
        Account grassrootsA = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên cơ sở A");
        Account grassrootsB = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên cơ sở B");
        Account provincialA = people.committee(CommitteeLevel.PROVINCIAL, "01", "Ủy viên tỉnh A");
        Account provincialB = people.committee(CommitteeLevel.PROVINCIAL, "01", "Ủy viên tỉnh B");
        Account centralA = people.committee(CommitteeLevel.CENTRAL, null, "Ủy viên Trung ương A");
        Account centralB = people.committee(CommitteeLevel.CENTRAL, null, "Ủy viên Trung ương B");
        Account otherProvince = people.committee(CommitteeLevel.GRASSROOTS, "79", "Ủy viên cơ sở nơi khác");
        Campaign campaign = campaigns.open(administrator, campaign(2026, "31/03/2026", "REFUSE"));
        ModelView model = people.model(unit, 2026);

        Registration registered = registrations.register(contributor, registration(campaign, model, "NEW", null, 300));
        assertThat(registered.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registered.late()).isFalse();
        assertThat(registered.unitId()).isEqualTo(unit.id());
        Unit withoutModel = people.unit(Participants.unique("Chi bộ chưa có mô hình"), organiser);
        CampaignProgress progress = reports.progress(campaign.id());
        assertThat(progress.unitsWithModel()).containsExactly(unit.name());
        assertThat(progress.unitsMissingModel()).containsExactly(withoutModel.name());
        assertThat(registered.currentLevel()).isEqualTo(RecognitionLevel.GRASSROOTS);

        // No step can be skipped: no scores before a self-assessment, no self-assessment before the launch.
        UUID id = registered.id();
        assertThatThrownBy(() -> evaluations.evaluate(grassrootsA, id, scoresOf("local-plan-2026"), "Tốt"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("Chưa thể chấm điểm");
        assertThatThrownBy(() -> selfAssess(contributor, id, model, "local-plan-2026"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("ra mắt");
        assertThatThrownBy(() -> decisions.decide(grassrootsA, id, true, "Tốt", "QĐ 1", List.of()))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("Chưa thể quyết định");

        registrations.launch(contributor, id, LocalDate.of(2026, 2, 20), "Ra mắt tại nhà văn hóa tổ dân phố số 5");
        assertThat(selfAssess(contributor, id, model, "local-plan-2026").status())
                .isEqualTo(RegistrationStatus.SELF_ASSESSED);

        // Only this level's committee, in this locality, scores and decides.
        assertThatThrownBy(() -> evaluations.evaluate(provincialA, id, scoresOf("local-plan-2026"), "Tốt"))
                .isInstanceOf(RecognitionNotPermittedException.class)
                .hasMessageContaining("cấp cơ sở");
        assertThatThrownBy(() -> evaluations.evaluate(otherProvince, id, scoresOf("local-plan-2026"), "Tốt"))
                .isInstanceOf(RecognitionNotPermittedException.class);
        assertThatThrownBy(() -> evaluations.evaluate(contributor, id, scoresOf("local-plan-2026"), "Tốt"))
                .isInstanceOf(RecognitionNotPermittedException.class);

        // A return for changes, with the reason, then a second round.
        evaluations.evaluate(grassrootsA, id, scoresOf("local-plan-2026"), "Cần bổ sung biên bản ra mắt");
        Registration returned = evaluations.sendBack(grassrootsA, id, "Thiếu biên bản lễ ra mắt và danh sách hộ");
        assertThat(returned.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned.returnedReason()).contains("biên bản");
        selfAssess(contributor, id, model, "local-plan-2026");

        evaluations.evaluate(grassrootsA, id, scoresOf("local-plan-2026"), "Đạt đủ 8 tiêu chí");
        assertThatThrownBy(() -> evaluations.evaluate(grassrootsA, id, scoresOf("local-plan-2026"), "Lần hai"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("đã chấm");
        assertThatThrownBy(() -> decisions.decide(grassrootsA, id, true, "Tiêu biểu", "QĐ 12", List.of()))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("ít nhất 2");
        evaluations.evaluate(grassrootsB, id, scoresOf("local-plan-2026"), "Mô hình tiêu biểu nhất của đơn vị");

        // An administrator cannot decide in the committee's place; the unit's rating must be good or better.
        assertThatThrownBy(() -> decisions.decide(administrator, id, true, "Tiêu biểu", "QĐ 12", List.of()))
                .isInstanceOf(RecognitionNotPermittedException.class);
        assertThatThrownBy(() -> decisions.decide(grassrootsA, id, true, "Tiêu biểu", "QĐ 12", List.of()))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("Chưa có xếp loại năm 2026");
        assertThatThrownBy(() -> ratings.rate(otherProvince, unit.id(), 2026, "EXCELLENT"))
                .isInstanceOf(RecognitionNotPermittedException.class);
        ratings.rate(grassrootsA, unit.id(), 2026, "COMPLETED");
        assertThatThrownBy(() -> decisions.decide(grassrootsA, id, true, "Tiêu biểu", "QĐ 12", List.of()))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("hoàn thành tốt nhiệm vụ");
        ratings.rate(grassrootsA, unit.id(), 2026, "GOOD");
        Registration recognised =
                decisions.decide(grassrootsA, id, true, "Tiêu biểu nhất của đơn vị", "12-QĐ/ĐU", List.of());
        assertThat(recognised.status()).isEqualTo(RegistrationStatus.RECOGNISED);

        // Nominated up: it leaves the grassroots committee and lands in the provincial queue.
        Registration nominated = nominations.nominate(grassrootsA, id);
        assertThat(nominated.status()).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(nominated.currentLevel()).isEqualTo(RecognitionLevel.PROVINCIAL);
        assertThat(registrations.queue(provincialA))
                .extracting(Registration::id)
                .contains(id);
        assertThat(registrations.queue(grassrootsA))
                .extracting(Registration::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> decisions.decide(grassrootsA, id, true, "Tiêu biểu", "QĐ 13", List.of()))
                .isInstanceOf(RecognitionNotPermittedException.class);

        evaluations.evaluate(provincialA, id, scoresOf(null), "Lan tỏa trong toàn thành phố");
        evaluations.evaluate(provincialB, id, scoresOf(null), "Được nhân dân đồng thuận");
        decisions.decide(provincialA, id, true, "Điển hình cấp thành phố", "45-QĐ/TU", List.of());
        nominations.nominate(provincialA, id);

        evaluations.evaluate(centralA, id, scoresOf(null), "Tiêu biểu toàn quốc");
        evaluations.evaluate(centralB, id, scoresOf(null), "Bền vững, nhân rộng");
        Registration central = decisions.decide(centralA, id, true, "Điển hình toàn quốc", "789-QĐ/BTGDVTW", List.of());
        assertThat(central.status()).isEqualTo(RegistrationStatus.RECOGNISED);
        assertThat(central.currentLevel()).isEqualTo(RecognitionLevel.CENTRAL);
        assertThatThrownBy(() -> nominations.nominate(centralA, id))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("cao nhất");
        assertThat(decisions.of(id))
                .extracting(decision -> decision.level() + " " + decision.year() + " " + decision.reference())
                .containsExactly("GRASSROOTS 2026 12-QĐ/ĐU", "PROVINCIAL 2026 45-QĐ/TU", "CENTRAL 2026 789-QĐ/BTGDVTW");
        // Each recognition is published to the catalog's view of the model, which the map and search read.
        assertThat(models.find(model.id()).orElseThrow().recognitions())
                .extracting(RecognitionBadge::labelVi)
                .containsExactly(
                        "Điển hình cấp Trung ương 2026", "Điển hình cấp tỉnh 2026", "Điển hình cấp cơ sở 2026");

        // Central honouring: once in five years, on 15 October by default; 2030 is the centenary.
        HonourEvent centenary =
                honours.hold(centralA, new NewHonourEvent("CENTRAL", 2030, null, null, null, null, List.of(id)));
        assertThat(centenary.heldOn()).isEqualTo(LocalDate.of(2030, 10, 15));
        assertThat(centenary.honoured())
                .extracting(HonourEvent.HonouredModel::modelId)
                .containsExactly(model.id());
        assertThatThrownBy(() -> honours.hold(
                        centralB, new NewHonourEvent("CENTRAL", 2028, null, "Lần hai", null, null, List.of(id))))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("05 năm một lần");

        assertThat(audit.ofRegistration(id))
                .extracting(AuditEntry::action)
                .containsExactly(
                        "REGISTERED",
                        "LAUNCHED",
                        "SELF_ASSESSED",
                        "EVALUATED",
                        "RETURNED",
                        "SELF_ASSESSED",
                        "EVALUATED",
                        "EVALUATED",
                        "RECOGNISED",
                        "NOMINATED",
                        "EVALUATED",
                        "EVALUATED",
                        "RECOGNISED",
                        "NOMINATED",
                        "EVALUATED",
                        "EVALUATED",
                        "RECOGNISED",
                        "HONOURED");
    }

    @Test
    void aRejectedModelKeepsItsReasonsAndCannotBeNominated() {
        Unit unit = people.unit(Participants.unique("Chi đoàn"), organiser);
        Account contributor = people.contributor(unit);
        Account first = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên 1");
        Account second = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên 2");
        Campaign campaign = campaigns.open(administrator, campaign(2026, "31/03/2026", "REFUSE"));
        ModelView model = people.model(unit, 2026);
        UUID id = registrations
                .register(contributor, registration(campaign, model, "NEW", null, 50))
                .id();
        registrations.launch(contributor, id, LocalDate.of(2026, 2, 1), "Ra mắt tại hội trường");
        selfAssess(contributor, id, model, "local-plan-2026");
        evaluations.evaluate(first, id, scoresOf("local-plan-2026"), "Chưa lan tỏa");
        evaluations.evaluate(second, id, scoresOf("local-plan-2026"), "Chưa có kết quả rõ");

        assertThatThrownBy(() -> decisions.decide(first, id, false, " ", null, List.of()))
                .isInstanceOf(InvalidRecognitionRequestException.class)
                .hasMessageContaining("lý do");
        Registration rejected =
                decisions.decide(first, id, false, "Chưa huy động được nguồn lực xã hội hóa", null, List.of());

        assertThat(rejected.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
        assertThat(decisions.of(id)).singleElement().satisfies(decision -> {
            assertThat(decision.recognised()).isFalse();
            assertThat(decision.reasons()).isEqualTo("Chưa huy động được nguồn lực xã hội hóa");
        });
        assertThatThrownBy(() -> nominations.nominate(first, id))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("Không được công nhận");
        assertThat(models.find(model.id()).orElseThrow().recognitions()).isEmpty();
    }

    @Test
    void anExemplaryIndividualNeedsThePersonalCriteriaConfirmedByTheCommittee() {
        Unit unit = people.unit(Participants.unique("Hội Cựu chiến binh"), organiser);
        Account contributor = people.contributor(unit);
        Account first = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên 1");
        Account second = people.committee(CommitteeLevel.GRASSROOTS, "01", "Ủy viên 2");
        Campaign campaign = campaigns.open(administrator, campaign(2026, "31/03/2026", "REFUSE"));
        ModelView model = people.model(unit, "Nguyễn Văn An", OwnerKind.INDIVIDUAL, 2026);
        UUID id = registrations
                .register(contributor, registration(campaign, model, "NEW", null, 20))
                .id();
        registrations.launch(contributor, id, LocalDate.of(2026, 2, 2), "Ra mắt tại nhà văn hóa");
        selfAssess(contributor, id, model, "local-plan-2026");
        evaluations.evaluate(first, id, scoresOf("local-plan-2026"), "Gương mẫu");
        evaluations.evaluate(second, id, scoresOf("local-plan-2026"), "Nói đi đôi với làm");
        List<String> personal =
                criteria.inForce(RecognitionLevel.GRASSROOTS, 2026, Audience.EXEMPLARY_INDIVIDUAL).stream()
                        .flatMap(set -> set.criteria().stream())
                        .map(Criterion::code)
                        .toList();

        assertThat(personal).isNotEmpty();
        assertThatThrownBy(() ->
                        decisions.decide(first, id, true, "Tiêu biểu", "QĐ 7", personal.subList(1, personal.size())))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("tiêu chí riêng")
                .hasMessageContaining(personal.get(0));
        assertThat(decisions
                        .decide(first, id, true, "Tiêu biểu", "QĐ 7", personal)
                        .status())
                .isEqualTo(RegistrationStatus.RECOGNISED);
    }

    @Test
    void aLateRegistrationIsRefusedOrMarkedLateAsTheCampaignSays() {
        Unit unit = people.unit(Participants.unique("Công đoàn"), organiser);
        Account contributor = people.contributor(unit);
        Campaign refusing = campaigns.open(administrator, campaign(2026, "30/01/2026", "REFUSE"));
        Campaign marking = campaigns.open(administrator, campaign(2026, "30/01/2026", "MARK_LATE"));
        ModelView model = people.model(unit, 2026);

        assertThatThrownBy(() -> registrations.register(contributor, registration(refusing, model, "NEW", null, 10)))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("quá hạn đăng ký (30/01/2026)");
        assertThat(registrations.ofCampaign(refusing.id())).isEmpty();

        Registration late = registrations.register(contributor, registration(marking, model, "NEW", null, 10));
        assertThat(late.late()).isTrue();
        assertThat(audit.ofRegistration(late.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("trễ hạn"));
    }

    @Test
    void aContinuingModelNamesLastYearAndMustRaiseEveryTarget() {
        Unit unit = people.unit(Participants.unique("Hội Phụ nữ"), organiser);
        Account contributor = people.contributor(unit);
        Campaign lastYear = campaigns.open(administrator, campaign(2026, "31/03/2026", "REFUSE"));
        Campaign nextYear = campaigns.open(administrator, campaign(2027, "30/01/2027", "REFUSE"));
        ModelView model = people.model(unit, 2026);
        Registration previous = registrations.register(contributor, registration(lastYear, model, "NEW", null, 300));

        assertThatThrownBy(() -> registrations.register(
                        contributor, registration(nextYear, model, "CONTINUING", previous.id(), 250)))
                .isInstanceOf(InvalidRecognitionRequestException.class)
                .hasMessageContaining(
                        "chỉ tiêu “Suất cơm mỗi tuần” năm nay 250 suất không cao hơn năm trước (300 suất)");
        assertThatThrownBy(() -> registrations.register(
                        contributor,
                        new NewRegistration(
                                nextYear.id(),
                                model.id(),
                                "CONTINUING",
                                previous.id(),
                                List.of(new IndicatorTarget("Hộ tham gia", "hộ", BigDecimal.TEN)),
                                false)))
                .hasMessageContaining("“Suất cơm mỗi tuần” của năm trước không có");
        assertThatThrownBy(() -> registrations.register(contributor, registration(nextYear, model, "NEW", null, 400)))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("bắt đầu từ năm 2026");

        Registration continuing =
                registrations.register(contributor, registration(nextYear, model, "CONTINUING", previous.id(), 400));
        assertThat(continuing.previousRegistrationId()).isEqualTo(previous.id());
        assertThatThrownBy(() -> registrations.launch(contributor, continuing.id(), LocalDate.of(2026, 2, 1), "Lần 2"))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("Mô hình tiếp tục");
        assertThat(selfAssess(contributor, continuing.id(), model, nextYear.criteriaSetId())
                        .status())
                .isEqualTo(RegistrationStatus.SELF_ASSESSED);
    }

    private Registration selfAssess(Account contributor, UUID id, ModelView model, String setId) {
        UUID photo = model.photos().get(0).mediaId();
        return selfAssessments.submit(
                contributor,
                id,
                scoresOf(setId),
                List.of(new Evidence(null, photo, "Ảnh buổi phát cơm")),
                "Đạt các tiêu chí, đã ra mắt và tuyên truyền rộng rãi");
    }

    /** Every criterion scored 9: of the named set, or of the central guidance that binds the higher levels. */
    private List<CriterionScore> scoresOf(String setId) {
        var set = setId == null
                ? criteria.inForce(RecognitionLevel.PROVINCIAL, 2026, Audience.EXEMPLARY_COLLECTIVE)
                        .get(0)
                : criteria.byId(setId).orElseThrow();
        return set.criteria().stream()
                .map(Criterion::code)
                .map(code -> new CriterionScore(code, 9, null))
                .toList();
    }

    private static NewRegistration registration(
            Campaign campaign, ModelView model, String kind, UUID previous, int mealsPerWeek) {
        return new NewRegistration(
                campaign.id(),
                model.id(),
                kind,
                previous,
                List.of(new IndicatorTarget("Suất cơm mỗi tuần", "suất", BigDecimal.valueOf(mealsPerWeek))),
                false);
    }

    private NewCampaign campaign(int year, String registrationDue, String latePolicy) {
        return new NewCampaign(
                "GRASSROOTS",
                year,
                Participants.unique("Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm " + year),
                organiser.id(),
                "01",
                null,
                year == 2026 ? "local-plan-2026" : "central-guidance-2026-2030",
                new NewCampaign.Deadlines(registrationDue, "30/6/" + year, "10/10/" + year, "30/11/" + year),
                latePolicy,
                2,
                new CampaignTargets(100, 1));
    }
}
