package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelStatus;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;

/** The moderator's desk over HTTP: the queue with counts, a refusal without reason, a return with one. */
class ModerationPagesIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Chi bộ khu dân cư số 7";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ProgressUpdates updates;

    @Test
    void aModeratorSeesTheQueueAndSendsWorkBackOnlyWithAReason() {
        ModelView draft = writes.register(Account.PLATFORM, model()).block();
        ModelView submitted = writes.submit(
                        Account.PLATFORM, draft.id(), draft.state().version())
                .block();
        SignedInSession moderator = signedIn(Role.MODERATOR, null, "00004");

        String queue = moderator.page(client(), "/kiem-duyet");
        assertThat(queue)
                .contains("Hàng chờ duyệt", "mô hình mới", draft.profile().name(), "Thành phố Hà Nội");
        assertThat(moderator.page(client(), "/kiem-duyet/mo-hinh/" + draft.id()))
                .contains(
                        "Mô hình mới, đơn vị đã gửi duyệt.",
                        "Phiên bản " + submitted.state().version(),
                        draft.profile().summary());

        var withoutReason = moderator.postForm(
                client(),
                "/kiem-duyet/mo-hinh/" + draft.id() + "/tra-lai",
                Map.of("basedOn", String.valueOf(submitted.state().version()), "reason", " "));
        assertThat(withoutReason.getStatus().value()).isEqualTo(400);
        assertThat(withoutReason.getResponseBody()).contains("Lý do trả lại không được để trống.");
        assertThat(catalog.find(draft.id()).orElseThrow().state().status()).isEqualTo(ModelStatus.SUBMITTED);

        var stale = moderator.postForm(
                client(),
                "/kiem-duyet/mo-hinh/" + draft.id() + "/duyet",
                Map.of("basedOn", String.valueOf(draft.state().version())));
        assertThat(stale.getStatus().value()).isEqualTo(409);
        assertThat(catalog.find(draft.id()).orElseThrow().state().status()).isEqualTo(ModelStatus.SUBMITTED);

        var sentBack = moderator.postForm(
                client(),
                "/kiem-duyet/mo-hinh/" + draft.id() + "/tra-lai",
                Map.of("basedOn", String.valueOf(submitted.state().version()), "reason", "Bổ sung ảnh hoạt động."));
        assertThat(sentBack.getStatus().value()).isEqualTo(303);
        assertThat(sentBack.getResponseHeaders().getLocation()).hasToString("/kiem-duyet?xong=tra-lai");
        ModelView after = catalog.find(draft.id()).orElseThrow();
        assertThat(after.state().status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(after.state().sentBackReason()).isEqualTo("Bổ sung ảnh hoạt động.");
    }

    @Test
    void aModeratorApprovesAProgressUpdateFromTheReviewPage() {
        ModelView draft = writes.register(Account.PLATFORM, model()).block();
        ModelView published = writes.publish(
                        Account.PLATFORM, draft.id(), draft.state().version())
                .block();
        ProgressUpdate update = writes.writeUpdate(
                        Account.PLATFORM,
                        published.id(),
                        new ProgressUpdate.NewUpdate("Đã sửa xong 2 km đường.", null, null))
                .block();
        SignedInSession moderator = signedIn(Role.MODERATOR, null, "00004");

        assertThat(moderator.page(client(), "/kiem-duyet"))
                .contains("Cập nhật tiến độ", draft.profile().name());
        assertThat(moderator.page(client(), "/kiem-duyet/mo-hinh/" + draft.id()))
                .contains("Đã sửa xong 2 km đường.");

        var approved = moderator.postForm(
                client(),
                "/kiem-duyet/mo-hinh/" + draft.id() + "/cap-nhat/" + update.id() + "/duyet",
                Map.of("basedOn", String.valueOf(update.version())));

        assertThat(approved.getStatus().value()).isEqualTo(303);
        assertThat(updates.publishedTimeline(draft.id()))
                .extracting(ProgressUpdate::id)
                .containsExactly(update.id());
    }

    @Test
    void theUnitSeesWhyItsModelCameBackAndSendsItAgain() {
        ModelView draft = writes.register(Account.PLATFORM, model()).block();
        ModelView submitted = writes.submit(
                        Account.PLATFORM, draft.id(), draft.state().version())
                .block();
        ModelView returned = writes.sendBack(
                        Account.PLATFORM, draft.id(), submitted.state().version(), "Thiếu số liệu kết quả.")
                .block();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");

        assertThat(contributor.page(client(), "/don-vi/mo-hinh"))
                .contains(draft.profile().name(), "Bản nháp", "Bị trả lại: Thiếu số liệu kết quả.", "Gửi duyệt");

        var resent = contributor.postForm(
                client(),
                "/don-vi/mo-hinh/" + draft.id() + "/gui-duyet",
                Map.of("basedOn", String.valueOf(returned.state().version())));

        assertThat(resent.getStatus().value()).isEqualTo(303);
        assertThat(catalog.find(draft.id()).orElseThrow().state().status()).isEqualTo(ModelStatus.SUBMITTED);
        assertThat(contributor.page(client(), "/don-vi/mo-hinh"))
                .contains("Đang chờ duyệt")
                .doesNotContain("Bị trả lại");
    }

    @Test
    void othersAreToldInVietnameseThatTheDeskIsNotTheirs() {
        ModelView draft = writes.register(Account.PLATFORM, model()).block();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession farModerator = signedIn(Role.MODERATOR, null, "27154");

        client().get()
                .uri("/kiem-duyet")
                .cookie("SESSION", contributor.session())
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("Chỉ người kiểm duyệt mới có hàng chờ duyệt."));
        client().get()
                .uri("/kiem-duyet/mo-hinh/" + draft.id())
                .cookie("SESSION", farModerator.session())
                .exchange()
                .expectStatus()
                .isForbidden();
        client().get().uri("/kiem-duyet").exchange().expectStatus().is3xxRedirection();
    }

    private NewModel model() {
        return new NewModel(
                "kiem-duyet-" + UUID.randomUUID().toString().substring(0, 8),
                unit(UNIT, null, "00004"),
                new ModelProfile(
                        "Đường làng sáng, xanh, sạch",
                        UNIT,
                        OwnerKind.COLLECTIVE,
                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                        2025,
                        "Nhân dân góp công sửa đường.",
                        "Câu chuyện."),
                new ModelLocation(21.0368, 105.8342, "00004"),
                List.of(),
                null,
                null);
    }
}
