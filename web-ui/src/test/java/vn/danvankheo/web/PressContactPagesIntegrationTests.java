package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.danvankheo.accounts.Account;
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
import vn.danvankheo.search.SearchProperties;

/**
 * A journalist asks for a model's press contact from its page; the model's unit sees the request and grants it; only
 * then, and only to that journalist, is the contact shown, on the model's page and in their list, until the unit
 * withdraws the grant. Others cannot answer, and no public read (page, search, feed, export, index) ever carries it.
 */
class PressContactPagesIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    private static final String UNIT = "Đoàn Thanh niên phường Ba Đình";
    private static final String PHONE = "0987 654 321";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    SearchProperties searchProperties;

    @Test
    void aGrantedJournalistAloneSeesTheContactAndEveryStepIsOnTheTrail() {
        ModelView model = publish(true);
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession otherJournalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession unit = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession farModerator = signedIn(Role.MODERATOR, null, "27154");

        String modelPage = journalist.page(client(), "/mo-hinh/" + model.slug());
        assertThat(modelPage).contains("Xin liên hệ báo chí").doesNotContain(PHONE);
        assertThat(searchUntilFound(journalist, model)).contains(model.slug() + "#lien-he-bao-chi");
        assertThat(anonymous("/mo-hinh/" + model.slug())).doesNotContain("Xin liên hệ báo chí", PHONE);

        var asked = journalist.postForm(
                client(),
                "/mo-hinh/" + model.slug() + "/lien-he-bao-chi",
                Map.of("purpose", "Phóng sự về thanh niên giữ phố sạch"));
        assertThat(asked.getStatus().value()).isEqualTo(303);
        assertThat(asked.getResponseHeaders().getLocation()).hasToString("/lien-he-bao-chi?xong=gui");
        assertThat(journalist.page(client(), "/lien-he-bao-chi"))
                .contains(model.profile().name(), "Đang chờ đơn vị trả lời")
                .doesNotContain(PHONE);

        String waiting = unit.page(client(), "/lien-he-bao-chi");
        assertThat(waiting).contains(model.profile().name(), "Phóng sự về thanh niên giữ phố sạch", "Đồng ý");
        assertThat(farModerator.page(client(), "/lien-he-bao-chi"))
                .doesNotContain(model.profile().name());
        UUID requestId = jdbc.sql("SELECT id FROM catalog.contact_request WHERE model_id = :model")
                .param("model", model.id())
                .query(UUID.class)
                .single();

        var refusedFar = farModerator.postForm(
                client(), "/lien-he-bao-chi/" + requestId + "/tra-loi", Map.of("decision", "dong-y"));
        assertThat(refusedFar.getStatus().value()).isEqualTo(403);
        assertThat(journalist.page(client(), "/lien-he-bao-chi")).doesNotContain(PHONE);

        var granted = unit.postForm(
                client(),
                "/lien-he-bao-chi/" + requestId + "/tra-loi",
                Map.of("decision", "dong-y", "note", "Gọi sau 17 giờ."));
        assertThat(granted.getStatus().value()).isEqualTo(303);
        assertThat(journalist.page(client(), "/lien-he-bao-chi"))
                .contains("Đã đồng ý", "Chị Mai", PHONE, "Gọi sau 17 giờ.");
        assertThat(otherJournalist.page(client(), "/lien-he-bao-chi")).doesNotContain(PHONE);
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
    void theGrantShowsOnTheModelPageOfThatJournalistAloneUntilTheUnitWithdrawsIt() throws Exception {
        ModelView model = publish(true);
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession otherJournalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession unit = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession farModerator = signedIn(Role.MODERATOR, null, "27154");
        String modelPage = "/mo-hinh/" + model.slug();

        journalist.postForm(client(), modelPage + "/lien-he-bao-chi", Map.of("purpose", "Bài về phố sạch"));
        assertThat(journalist.page(client(), modelPage))
                .contains("Đang chờ đơn vị trả lời")
                .doesNotContain("Xin liên hệ báo chí</button>", PHONE);
        UUID requestId = requestOf(model);
        unit.postForm(client(), "/lien-he-bao-chi/" + requestId + "/tra-loi", Map.of("decision", "dong-y"));

        assertThat(journalist.page(client(), modelPage))
                .contains("Đơn vị đã đồng ý cho bạn liên hệ", "Chị Mai", PHONE)
                .doesNotContain("Xin liên hệ báo chí</button>");
        assertThat(otherJournalist.page(client(), modelPage))
                .contains("Xin liên hệ báo chí")
                .doesNotContain(PHONE);
        assertThat(unit.page(client(), modelPage)).doesNotContain(PHONE);
        assertThat(anonymous(modelPage)).doesNotContain(PHONE, "Chị Mai");
        assertThat(publicReadsOf(journalist, model))
                .allSatisfy(read -> assertThat(read).doesNotContain(PHONE, "Chị Mai"));
        assertThat(unit.page(client(), "/lien-he-bao-chi")).contains("Đã đồng ý", "Thu hồi", "Bài về phố sạch");

        var far = farModerator.postForm(client(), "/lien-he-bao-chi/" + requestId + "/thu-hoi", Map.of());
        assertThat(far.getStatus().value()).isEqualTo(403);
        assertThat(journalist.page(client(), modelPage)).contains(PHONE);

        var withdrawn = unit.postForm(
                client(), "/lien-he-bao-chi/" + requestId + "/thu-hoi", Map.of("note", "Người liên hệ đã nghỉ."));
        assertThat(withdrawn.getStatus().value()).isEqualTo(303);
        assertThat(withdrawn.getResponseHeaders().getLocation()).hasToString("/lien-he-bao-chi?xong=thu-hoi");
        assertThat(journalist.page(client(), modelPage))
                .contains("Đơn vị đã thu hồi sự đồng ý", "Người liên hệ đã nghỉ.", "Xin liên hệ báo chí</button>")
                .doesNotContain(PHONE);
        assertThat(journalist.page(client(), "/lien-he-bao-chi"))
                .contains("Đơn vị đã thu hồi sự đồng ý", "Người liên hệ đã nghỉ.")
                .doesNotContain(PHONE);
        assertThat(unit.page(client(), "/lien-he-bao-chi")).doesNotContain("Bài về phố sạch");

        var twice = unit.postForm(client(), "/lien-he-bao-chi/" + requestId + "/thu-hoi", Map.of());
        assertThat(twice.getStatus().value()).isEqualTo(400);
        assertThat(twice.getResponseBody()).contains("Chỉ thu hồi được yêu cầu đã đồng ý");
        assertThat(jdbc.sql("SELECT action FROM catalog.contact_request_event WHERE request_id = :id ORDER BY id")
                        .param("id", requestId)
                        .query(String.class)
                        .list())
                .containsExactly("REQUESTED", "GRANTED", "WITHDRAWN");
    }

    @Test
    void theJournalistSeesARefusalOnTheModelPageAndMayAskAgain() {
        ModelView model = publish(true);
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession unit = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String modelPage = "/mo-hinh/" + model.slug();

        journalist.postForm(client(), modelPage + "/lien-he-bao-chi", Map.of("purpose", "Phóng sự"));
        unit.postForm(
                client(),
                "/lien-he-bao-chi/" + requestOf(model) + "/tra-loi",
                Map.of("decision", "tu-choi", "note", "Mô hình đang tạm dừng."));

        assertThat(journalist.page(client(), modelPage))
                .contains("Đơn vị đã từ chối yêu cầu", "Mô hình đang tạm dừng.", "Xin liên hệ báo chí</button>")
                .doesNotContain(PHONE);
        assertThat(journalist.page(client(), "/lien-he-bao-chi"))
                .contains("Đã từ chối", "Mô hình đang tạm dừng.")
                .doesNotContain(PHONE);

        var again = journalist.postForm(client(), modelPage + "/lien-he-bao-chi", Map.of("purpose", "Bài mới"));
        assertThat(again.getStatus().value()).isEqualTo(303);
        assertThat(journalist.page(client(), modelPage)).contains("Đang chờ đơn vị trả lời");
    }

    @Test
    void theSameStepsThroughTheApiWithProblemDetailsForWhatIsRefused() {
        ModelView model = publish(true);
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);
        SignedInSession unit = signedIn(Role.CONTRIBUTOR, UNIT, "00004");

        Map<?, ?> asked = journalist
                .json(client().post().uri("/api/press-contacts"))
                .bodyValue(Map.of("modelId", model.id(), "purpose", "Tin ngắn về mô hình"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(asked.get("status")).isEqualTo("PENDING");
        assertThat(asked.get("contact")).isNull();
        String id = (String) asked.get("id");

        problem(
                journalist
                        .json(client().post().uri("/api/press-contacts/" + id + "/answer"))
                        .bodyValue(Map.of("grant", true)),
                403,
                "không trả lời được");
        problem(
                unit.json(client().post().uri("/api/press-contacts/" + id + "/withdrawal"))
                        .bodyValue(Map.of()),
                400,
                "Chỉ thu hồi được yêu cầu đã đồng ý");
        problem(
                unit.json(client().post().uri("/api/press-contacts/" + UUID.randomUUID() + "/answer"))
                        .bodyValue(Map.of("grant", true)),
                404,
                null);
        assertThat(unit.page(client(), "/api/press-contacts/awaiting")).contains(id);

        unit.json(client().post().uri("/api/press-contacts/" + id + "/answer"))
                .bodyValue(Map.of("grant", true, "note", "Gọi giờ hành chính."))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(journalist.page(client(), "/api/press-contacts/mine")).contains("GRANTED", PHONE);
        assertThat(unit.page(client(), "/api/press-contacts/granted"))
                .contains(id)
                .doesNotContain(PHONE);

        unit.json(client().post().uri("/api/press-contacts/" + id + "/withdrawal"))
                .bodyValue(Map.of("note", "Đổi người liên hệ."))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(journalist.page(client(), "/api/press-contacts/mine"))
                .contains("WITHDRAWN", "Đổi người liên hệ.")
                .doesNotContain(PHONE);
        client().get()
                .uri("/api/press-contacts/mine")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void onlyJournalistsAskAndAGrantNeedsAContactOnRecord() {
        ModelView withoutContact = publish(false);
        SignedInSession unit = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);

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

    /** An RFC 9457 problem detail of this status, in Vietnamese when a detail is expected. */
    private static void problem(WebTestClient.RequestHeadersSpec<?> request, int status, String detail) {
        Map<?, ?> problem = request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("status")).isEqualTo(status);
        if (detail != null) {
            assertThat((String) problem.get("detail")).contains(detail);
        }
    }

    /** The latest request about the model. */
    private UUID requestOf(ModelView model) {
        return jdbc.sql(
                        "SELECT id FROM catalog.contact_request WHERE model_id = :model ORDER BY requested_at DESC LIMIT 1")
                .param("model", model.id())
                .query(UUID.class)
                .single();
    }

    /**
     * What the granted journalist reads of the model through every public path: the search page and its JSON, the feed,
     * the three exports (the workbook's cells, as a ZIP hides its text) and the index's own document.
     */
    private List<String> publicReadsOf(SignedInSession session, ModelView model) throws Exception {
        String results = searchUntilFound(session, model);
        String query = "?q=" + model.profile().name();
        List<String> reads = new ArrayList<>(List.of(
                results,
                session.page(client(), "/api/search/models" + query),
                session.page(client(), "/tim-kiem/feed.atom" + query),
                session.page(client(), "/api/search/models.csv" + query),
                session.page(client(), "/api/search/models.geojson" + query)));
        byte[] xlsx = client().get()
                .uri("/api/search/models.xlsx" + query)
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        StringBuilder cells = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
        }
        assertThat(cells).contains(model.profile().name());
        reads.add(cells.toString());
        String document = elasticsearch
                .get(
                        g -> g.index(searchProperties.indexPrefix() + "-models")
                                .id(model.id().toString()),
                        JsonData.class)
                .source()
                .toString();
        assertThat(document).contains(model.profile().name());
        reads.add(document);
        assertThat(reads.get(3)).contains(model.profile().name());
        return reads;
    }

    /** The index follows the catalog through the outbox, within seconds. */
    private String searchUntilFound(SignedInSession session, ModelView model) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            String results =
                    session.page(client(), "/tim-kiem?q=" + model.profile().name());
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
}
