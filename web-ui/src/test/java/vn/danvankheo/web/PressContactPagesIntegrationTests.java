package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;

/**
 * A journalist asks for a model's press contact from its page; the model's unit sees the request and grants it; only
 * then, and only to that journalist, is the contact shown. Others cannot answer, and the public never sees it.
 */
class PressContactPagesIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    private static final String PASSWORD = "mat-khau-du-dai-2026";
    private static final String UNIT = "Đoàn Thanh niên phường Ba Đình";
    private static final String PHONE = "0987 654 321";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGrantedJournalistAloneSeesTheContactAndEveryStepIsOnTheTrail() {
        ModelView model = publish(true);
        SignedInSession journalist = SignedInSession.signIn(client(), account(Role.JOURNALIST, null, null), PASSWORD);
        SignedInSession otherJournalist =
                SignedInSession.signIn(client(), account(Role.JOURNALIST, null, null), PASSWORD);
        SignedInSession unit = SignedInSession.signIn(client(), account(Role.CONTRIBUTOR, UNIT, "00004"), PASSWORD);
        SignedInSession farModerator =
                SignedInSession.signIn(client(), account(Role.MODERATOR, null, "27154"), PASSWORD);

        String modelPage = page(journalist, "/mo-hinh/" + model.slug());
        assertThat(modelPage).contains("Xin liên hệ báo chí").doesNotContain(PHONE);
        assertThat(searchUntilFound(journalist, model)).contains(model.slug() + "#lien-he-bao-chi");
        assertThat(anonymous("/mo-hinh/" + model.slug())).doesNotContain("Xin liên hệ báo chí", PHONE);

        var asked = journalist.postForm(
                client(),
                "/mo-hinh/" + model.slug() + "/lien-he-bao-chi",
                Map.of("purpose", "Phóng sự về thanh niên giữ phố sạch"));
        assertThat(asked.getStatus().value()).isEqualTo(303);
        assertThat(asked.getResponseHeaders().getLocation()).hasToString("/lien-he-bao-chi?xong=gui");
        assertThat(page(journalist, "/lien-he-bao-chi"))
                .contains(model.profile().name(), "Đang chờ đơn vị trả lời")
                .doesNotContain(PHONE);

        String waiting = page(unit, "/lien-he-bao-chi");
        assertThat(waiting).contains(model.profile().name(), "Phóng sự về thanh niên giữ phố sạch", "Đồng ý");
        assertThat(page(farModerator, "/lien-he-bao-chi"))
                .doesNotContain(model.profile().name());
        UUID requestId = jdbc.sql("SELECT id FROM catalog.contact_request WHERE model_id = :model")
                .param("model", model.id())
                .query(UUID.class)
                .single();

        var refusedFar = farModerator.postForm(
                client(), "/lien-he-bao-chi/" + requestId + "/tra-loi", Map.of("decision", "dong-y"));
        assertThat(refusedFar.getStatus().value()).isEqualTo(403);
        assertThat(page(journalist, "/lien-he-bao-chi")).doesNotContain(PHONE);

        var granted = unit.postForm(
                client(),
                "/lien-he-bao-chi/" + requestId + "/tra-loi",
                Map.of("decision", "dong-y", "note", "Gọi sau 17 giờ."));
        assertThat(granted.getStatus().value()).isEqualTo(303);
        assertThat(page(journalist, "/lien-he-bao-chi")).contains("Đã đồng ý", "Chị Mai", PHONE, "Gọi sau 17 giờ.");
        assertThat(page(otherJournalist, "/lien-he-bao-chi")).doesNotContain(PHONE);
        assertThat(anonymous("/mo-hinh/" + model.slug())).doesNotContain(PHONE);

        var again =
                unit.postForm(client(), "/lien-he-bao-chi/" + requestId + "/tra-loi", Map.of("decision", "tu-choi"));
        assertThat(again.getStatus().value()).isEqualTo(400);
        assertThat(again.getResponseBody()).contains("Yêu cầu này đã được trả lời");

        assertThat(jdbc.sql("SELECT action FROM catalog.contact_request_event WHERE request_id = :id ORDER BY id")
                        .param("id", requestId)
                        .query(String.class)
                        .list())
                .containsExactly("REQUESTED", "GRANTED");
    }

    @Test
    void onlyJournalistsAskAndAGrantNeedsAContactOnRecord() {
        ModelView withoutContact = publish(false);
        SignedInSession unit = SignedInSession.signIn(client(), account(Role.CONTRIBUTOR, UNIT, "00004"), PASSWORD);
        SignedInSession journalist = SignedInSession.signIn(client(), account(Role.JOURNALIST, null, null), PASSWORD);

        var notAJournalist = unit.postForm(
                client(), "/mo-hinh/" + withoutContact.slug() + "/lien-he-bao-chi", Map.of("purpose", "Thử"));
        assertThat(notAJournalist.getStatus().value()).isEqualTo(403);
        assertThat(notAJournalist.getResponseBody()).contains("Chỉ tài khoản nhà báo");

        var noPurpose = journalist.postForm(
                client(), "/mo-hinh/" + withoutContact.slug() + "/lien-he-bao-chi", Map.of("purpose", "  "));
        assertThat(noPurpose.getStatus().value()).isEqualTo(400);
        assertThat(noPurpose.getResponseBody()).contains("Hãy cho đơn vị biết bạn cần liên hệ để làm gì");

        journalist.postForm(
                client(), "/mo-hinh/" + withoutContact.slug() + "/lien-he-bao-chi", Map.of("purpose", "Bài viết"));
        UUID requestId = jdbc.sql("SELECT id FROM catalog.contact_request WHERE model_id = :model")
                .param("model", withoutContact.id())
                .query(UUID.class)
                .single();
        var cannotGrant =
                unit.postForm(client(), "/lien-he-bao-chi/" + requestId + "/tra-loi", Map.of("decision", "dong-y"));
        assertThat(cannotGrant.getStatus().value()).isEqualTo(400);
        assertThat(cannotGrant.getResponseBody()).contains("Mô hình chưa có người liên hệ báo chí");

        client().post()
                .uri("/mo-hinh/" + withoutContact.slug() + "/lien-he-bao-chi")
                .exchange()
                .expectStatus()
                .isForbidden();
        client().get().uri("/lien-he-bao-chi").exchange().expectStatus().is3xxRedirection();
    }

    private ModelView publish(boolean withContact) {
        ModelDetails details = new ModelDetails(
                OwnerDisclosure.FULL_NAME,
                false,
                null,
                null,
                null,
                null,
                null,
                withContact ? new ModelDetails.PressContact("Chị Mai", PHONE, null, false) : null);
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "lien-he-" + UUID.randomUUID().toString().substring(0, 8),
                                unit(UNIT, null, "00004"),
                                new ModelProfile(
                                        "Thanh niên giữ phố sạch "
                                                + UUID.randomUUID().toString().substring(0, 4),
                                        UNIT,
                                        OwnerKind.COLLECTIVE,
                                        Field.CULTURE_SOCIETY_PEOPLE,
                                        2025,
                                        "Mỗi sáng chủ nhật, đoàn viên dọn phố.",
                                        "Câu chuyện."),
                                new ModelLocation(21.0368, 105.8342, "00004"),
                                List.of(),
                                details,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }

    private String page(SignedInSession session, String uri) {
        return client().get()
                .uri(uri)
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    /** The index follows the catalog through the outbox, within seconds. */
    private String searchUntilFound(SignedInSession session, ModelView model) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            String results = page(session, "/tim-kiem?q=" + model.profile().name());
            if (results.contains("/mo-hinh/" + model.slug())) {
                return results;
            }
            assertThat(System.nanoTime()).as("found within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String anonymous(String uri) {
        return client().get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private String account(Role role, String unit, String commune) {
        String username = "lh-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username,
                "Người dùng " + username,
                PASSWORD,
                role,
                unit == null ? null : unit(unit, null, commune),
                null,
                commune,
                null));
        return username;
    }
}
