package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.CampaignTargets;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.NewCampaign;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationKind;
import vn.danvankheo.recognition.registrations.RegistrationStatus;
import vn.danvankheo.recognition.registrations.Registrations;

/**
 * A contributor registers through the pages and reads the registration's own refusals in Vietnamese: a late
 * registration where the campaign takes none, a continuing model whose target is not higher than last year's, a
 * self-assessment missing a score; and a returned file shows the committee's reasons and is assessed again.
 */
class ContributorRecognitionPagesIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Registrations registrations;

    @Autowired
    Evaluations evaluations;

    @Test
    void aContributorRegistersAssessesAndResubmitsThroughThePages() throws Exception {
        RecognitionJourney journey = new RecognitionJourney(this, accounts, writes);
        ModelView model = journey.model("Tủ sách khu phố");
        Campaign cityPlan = RecognitionJourney.plan(campaigns, RecognitionJourney.CITY_PLAN);
        Account administrator = accounts.open(new NewAccount(
                "qtv-thi-dua-" + journey.tag, "Quản trị viên", PASSWORD, Role.ADMINISTRATOR, null, null, null, null));
        UUID organiser = units.register(
                        new NewUnit("Đảng ủy thí điểm " + journey.tag, UnitKind.PARTY_COMMITTEE, "79", null, null))
                .id();
        Campaign closed = campaigns.open(administrator, campaign(2026, "30/01/2026", "REFUSE", organiser, journey));
        Campaign nextYear = campaigns.open(administrator, campaign(2027, "30/01/2027", "REFUSE", organiser, journey));
        SignedInSession session = SignedInSession.signIn(client(), journey.contributorName, PASSWORD);

        String movement = session.page(client(), "/don-vi/thi-dua?mo-hinh=" + model.id());
        assertThat(movement)
                .contains(cityPlan.title())
                .contains(closed.title())
                .contains(nextYear.title())
                .contains("đã quá hạn, đợt này không nhận đăng ký trễ")
                .contains(model.profile().name());

        EntityExchangeResult<String> late = session.postForm(
                client(), "/don-vi/thi-dua/dang-ky", registration(closed, model, "NEW", null, "Buổi đọc sách", "12"));
        assertThat(late.getStatus().value()).isEqualTo(409);
        assertThat(late.getResponseBody())
                .contains("Đã quá hạn đăng ký (30/01/2026)")
                .contains("không nhận đăng ký trễ hạn");

        EntityExchangeResult<String> notANumber = session.postForm(
                client(),
                "/don-vi/thi-dua/dang-ky",
                registration(cityPlan, model, "NEW", null, "Buổi đọc sách", "mười hai"));
        assertThat(notANumber.getStatus().value()).isEqualTo(400);
        assertThat(notANumber.getResponseBody())
                .contains("Giá trị “mười hai” của chỉ tiêu “Buổi đọc sách” không phải là một số.")
                .contains("value=\"mười hai\"");

        EntityExchangeResult<String> registered = session.postForm(
                client(),
                "/don-vi/thi-dua/dang-ky",
                registration(cityPlan, model, "NEW", null, "Buổi đọc sách", "1.200"));
        assertThat(registered.getStatus().value()).isEqualTo(303);
        Registration thisYear = registrations.ofModel(model.id()).get(0);
        assertThat(thisYear.targets().get(0).value()).isEqualByComparingTo("1200");
        assertThat(registered.getResponseHeaders().getLocation())
                .hasToString("/don-vi/thi-dua/ho-so/" + thisYear.id() + "?xong=dang-ky");
        assertThat(session.page(client(), "/don-vi/thi-dua/ho-so/" + thisYear.id()))
                .contains("(trễ hạn)")
                .contains("Ghi lễ ra mắt");

        EntityExchangeResult<String> launched = session.postForm(
                client(),
                "/don-vi/thi-dua/ho-so/" + thisYear.id() + "/ra-mat",
                Map.of("day", "2026-03-08", "note", "Ra mắt tại nhà văn hoá khu phố"));
        assertThat(launched.getStatus().value()).isEqualTo(303);

        Map<String, String> assessment = assessment(model, 8);
        assessment.remove("score-LP2026-5");
        EntityExchangeResult<String> missing =
                session.postForm(client(), "/don-vi/thi-dua/ho-so/" + thisYear.id() + "/tu-danh-gia", assessment);
        assertThat(missing.getStatus().value()).isEqualTo(400);
        assertThat(missing.getResponseBody()).contains("Điểm tự chấm của tiêu chí LP2026-5");
        assertThat(registrations.get(thisYear.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);

        assertThat(session.postForm(
                                client(),
                                "/don-vi/thi-dua/ho-so/" + thisYear.id() + "/tu-danh-gia",
                                assessment(model, 8))
                        .getStatus()
                        .value())
                .isEqualTo(303);
        evaluations.sendBack(journey.member, thisYear.id(), "Thiếu biên bản ra mắt và ảnh buổi đọc sách tháng 4");
        assertThat(session.page(client(), "/don-vi/thi-dua"))
                .contains("Hội đồng trả lại: Thiếu biên bản ra mắt và ảnh buổi đọc sách tháng 4");
        assertThat(session.page(client(), "/don-vi/thi-dua/ho-so/" + thisYear.id()))
                .contains("Hội đồng trả lại hồ sơ để bổ sung:")
                .contains("Gửi lại bản tự đánh giá");
        assertThat(session.postForm(
                                client(),
                                "/don-vi/thi-dua/ho-so/" + thisYear.id() + "/tu-danh-gia",
                                assessment(model, 9))
                        .getStatus()
                        .value())
                .isEqualTo(303);
        assertThat(registrations.get(thisYear.id()).status()).isEqualTo(RegistrationStatus.SELF_ASSESSED);

        // Next year the model continues: the form offers last year's file and indicator, and a lower target is refused.
        assertThat(session.page(client(), "/don-vi/thi-dua/dang-ky?dot=" + nextYear.id() + "&mo-hinh=" + model.id()))
                .contains("value=\"" + thisYear.id() + "\"")
                .contains("value=\"Buổi đọc sách\"")
                .contains("Buổi đọc sách: 1200 buổi");
        EntityExchangeResult<String> lower = session.postForm(
                client(),
                "/don-vi/thi-dua/dang-ky",
                registration(nextYear, model, "CONTINUING", thisYear.id(), "Buổi đọc sách", "1000"));
        assertThat(lower.getStatus().value()).isEqualTo(400);
        assertThat(lower.getResponseBody())
                .contains("chỉ tiêu “Buổi đọc sách” năm nay 1000 buổi không cao hơn năm trước (1200 buổi)");
        assertThat(session.postForm(
                                client(),
                                "/don-vi/thi-dua/dang-ky",
                                registration(nextYear, model, "CONTINUING", thisYear.id(), "Buổi đọc sách", "1500"))
                        .getStatus()
                        .value())
                .isEqualTo(303);
        assertThat(registrations.ofModel(model.id()))
                .anySatisfy(registration -> assertThat(registration.kind()).isEqualTo(RegistrationKind.CONTINUING));
    }

    private static NewCampaign campaign(
            int year, String registrationDue, String latePolicy, UUID organiser, RecognitionJourney journey) {
        return new NewCampaign(
                "GRASSROOTS",
                year,
                "Kế hoạch thi đua “Dân vận khéo” năm " + year + " (thí điểm " + journey.tag + ")",
                organiser,
                "79",
                null,
                year == 2026 ? "local-plan-2026" : "central-guidance-2026-2030",
                new NewCampaign.Deadlines(registrationDue, "30/6/" + year, "10/10/" + year, "30/11/" + year),
                latePolicy,
                2,
                new CampaignTargets(100, 1));
    }

    private static Map<String, String> registration(
            Campaign campaign, ModelView model, String kind, UUID previous, String indicator, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("campaign", campaign.id().toString());
        form.put("model", model.id().toString());
        form.put("kind", kind);
        if (previous != null) {
            form.put("previous", previous.toString());
        }
        form.put("indicator-0", indicator);
        form.put("unit-0", "buổi");
        form.put("value-0", value);
        form.put("indicator-1", "");
        form.put("unit-1", "");
        form.put("value-1", "");
        return form;
    }

    private static Map<String, String> assessment(ModelView model, int score) {
        Map<String, String> form = new LinkedHashMap<>();
        RecognitionJourney.CRITERIA.forEach(code -> form.put("score-" + code, String.valueOf(score)));
        String photo = model.photos().get(0).mediaId().toString();
        form.put("evidence", photo);
        form.put("evidence-criterion-" + photo, "LP2026-3");
        form.put("summary", "Tủ sách mở mỗi tối, thiếu nhi đến đọc đông");
        return form;
    }
}
