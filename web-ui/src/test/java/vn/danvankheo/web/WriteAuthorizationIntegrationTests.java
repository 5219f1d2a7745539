package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;

/**
 * Every role, in the model's own locality and in another, against every write endpoint, over HTTP with real
 * sign-ins: the expected status is what the role may do there, anything else must be refused with 403.
 */
class WriteAuthorizationIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Chi bộ khu dân cư số 3";
    private static final String OWN_COMMUNE = "00004";
    private static final String OTHER_COMMUNE = "27154";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ProgressUpdates updates;

    enum Endpoint {
        REGISTER,
        EDIT,
        SUBMIT,
        PUBLISH,
        SEND_BACK,
        ARCHIVE,
        WRITE_UPDATE,
        APPROVE_UPDATE,
        SEND_BACK_UPDATE,
        NAME_ORIGINAL
    }

    /** A role's answer at every endpoint when it may write nothing there. */
    private static final int[] REFUSED_EVERYWHERE = {403, 403, 403, 403, 403, 403, 403, 403, 403, 403};

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // Expected, in the order of Endpoint: register, edit, submit, publish, send back, archive, for progress
        // updates: write, approve, send back, and naming the model replicated.
        add(cases, Role.CONTRIBUTOR, null, true, 201, 200, 200, 403, 403, 403, 201, 403, 403, 200);
        add(cases, Role.CONTRIBUTOR, null, false, REFUSED_EVERYWHERE);
        add(cases, Role.MODERATOR, null, true, 403, 403, 403, 200, 200, 200, 403, 200, 200, 403);
        add(cases, Role.MODERATOR, null, false, REFUSED_EVERYWHERE);
        add(cases, Role.COMMITTEE_MEMBER, CommitteeLevel.GRASSROOTS, true, REFUSED_EVERYWHERE);
        add(cases, Role.COMMITTEE_MEMBER, CommitteeLevel.GRASSROOTS, false, REFUSED_EVERYWHERE);
        add(cases, Role.JOURNALIST, null, true, REFUSED_EVERYWHERE);
        add(cases, Role.ADMINISTRATOR, null, true, 201, 200, 200, 200, 200, 200, 201, 200, 200, 200);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} of {1} locality, {2}: {3}")
    @MethodSource("matrix")
    void writesAreCheckedAgainstRoleUnitAndLocality(
            Role role, String locality, Endpoint endpoint, int expected, CommitteeLevel level) {
        boolean own = "own".equals(locality);
        SignedInSession session = SignedInSession.signIn(client(), account(role, level, own), PASSWORD);
        ModelView registered =
                writes.register(Account.PLATFORM, model(OWN_COMMUNE)).block();
        ModelView target = endpoint == Endpoint.SEND_BACK
                ? writes.submit(
                                Account.PLATFORM,
                                registered.id(),
                                registered.state().version())
                        .block()
                : registered;
        ProgressUpdate pending = writes.writeUpdate(
                        Account.PLATFORM, registered.id(), new ProgressUpdate.NewUpdate("Đã họp dân.", null, null))
                .block();
        String updatePath = "updates/" + pending.id();

        HttpStatusCode status = switch (endpoint) {
            case REGISTER -> send(session, client().post().uri("/api/models"), model(OWN_COMMUNE));
            case EDIT ->
                send(
                        session,
                        client().patch().uri("/api/models/" + target.id()),
                        Map.of("basedOn", target.state().version(), "summary", "Tóm tắt đã sửa."));
            case SUBMIT ->
                post(
                        session,
                        target,
                        "submission",
                        Map.of("basedOn", target.state().version()));
            case PUBLISH ->
                post(
                        session,
                        target,
                        "publication",
                        Map.of("basedOn", target.state().version()));
            case SEND_BACK ->
                post(
                        session,
                        target,
                        "send-back",
                        Map.of("basedOn", target.state().version(), "reason", "Thiếu chỉ tiêu."));
            case ARCHIVE ->
                post(
                        session,
                        target,
                        "archive",
                        Map.of("basedOn", target.state().version()));
            case WRITE_UPDATE -> post(session, target, "updates", Map.of("body", "Tháng này: 40 hộ tham gia."));
            case APPROVE_UPDATE ->
                post(session, target, updatePath + "/publication", Map.of("basedOn", pending.version()));
            case SEND_BACK_UPDATE ->
                post(
                        session,
                        target,
                        updatePath + "/send-back",
                        Map.of("basedOn", pending.version(), "reason", "Thiếu ảnh."));
            case NAME_ORIGINAL ->
                send(
                        session,
                        client().put().uri("/api/models/" + target.id() + "/original"),
                        Map.of(
                                "basedOn",
                                target.state().version(),
                                "original",
                                writes.register(Account.PLATFORM, model(OWN_COMMUNE))
                                        .block()
                                        .id()));
        };

        assertThat(status.value()).isEqualTo(expected);
        ModelView after = catalog.find(target.id()).orElseThrow();
        if (expected == 403 && endpoint != Endpoint.REGISTER) {
            assertThat(after).as("a refused write changes nothing").isEqualTo(target);
            assertThat(updates.timeline(registered.id()))
                    .as("a refused write adds or reviews no update")
                    .containsExactly(pending);
        }
    }

    @Test
    void aModeratorsQueueHoldsTheirLocalityWithCountsAndOthersHaveNone() {
        ModelView registered =
                writes.register(Account.PLATFORM, model(OWN_COMMUNE)).block();
        writes.submit(Account.PLATFORM, registered.id(), registered.state().version())
                .block();
        SignedInSession own = SignedInSession.signIn(client(), account(Role.MODERATOR, null, true), PASSWORD);
        SignedInSession other = SignedInSession.signIn(client(), account(Role.MODERATOR, null, false), PASSWORD);
        SignedInSession contributor = SignedInSession.signIn(client(), account(Role.CONTRIBUTOR, null, true), PASSWORD);

        reviewQueue(own)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.modelId == '" + registered.id() + "')].kind")
                .isEqualTo("NEW_MODEL")
                .jsonPath("$.counts.newModels")
                .value(count -> assertThat(((Number) count).intValue()).isPositive())
                .jsonPath("$.counts.byProvince['Thành phố Hà Nội']")
                .value(count -> assertThat(((Number) count).intValue()).isPositive());
        reviewQueue(other)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.modelId == '" + registered.id() + "')]")
                .isEmpty();
        reviewQueue(contributor).expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
    }

    @Test
    void aStrangerCannotWriteAtAll() {
        client().post()
                .uri("/api/models")
                .bodyValue(model(OWN_COMMUNE))
                .exchange()
                .expectStatus()
                .isForbidden();
        String token = SignedInSession.form(client()).csrfCookie();
        client().post()
                .uri("/api/models")
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .bodyValue(model(OWN_COMMUNE))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anEditOnAStaleVersionIsAConflictNamingTheCurrentOne() {
        SignedInSession session = SignedInSession.signIn(client(), account(Role.CONTRIBUTOR, null, true), PASSWORD);
        ModelView target = writes.register(Account.PLATFORM, model(OWN_COMMUNE)).block();
        session.json(client().patch().uri("/api/models/" + target.id()))
                .bodyValue(Map.of("basedOn", target.state().version(), "summary", "Lần sửa thứ nhất."))
                .exchange()
                .expectStatus()
                .isOk();

        session.json(client().patch().uri("/api/models/" + target.id()))
                .bodyValue(Map.of("basedOn", target.state().version(), "summary", "Lần sửa dựa trên bản cũ."))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.currentVersion")
                .isEqualTo((int) target.state().version() + 1)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("người khác cập nhật"));
        assertThat(catalog.find(target.id()).orElseThrow().profile().summary()).isEqualTo("Lần sửa thứ nhất.");
        client().get()
                .uri("/api/models/" + target.id() + "/revisions")
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[1].changedByName")
                .isEqualTo("Người dùng Cộng tác viên của đơn vị")
                .jsonPath("$[1].changedFields[0]")
                .isEqualTo("summary");
    }

    private HttpStatusCode post(SignedInSession session, ModelView target, String action, Map<String, Object> body) {
        return send(session, client().post().uri("/api/models/" + target.id() + "/" + action), body);
    }

    /** Every write is the same request shape: the signed-in session's JSON body, answered by a status. */
    private static HttpStatusCode send(SignedInSession session, WebTestClient.RequestBodySpec request, Object body) {
        return session.json(request)
                .bodyValue(body)
                .exchange()
                .returnResult(String.class)
                .getStatus();
    }

    private WebTestClient.ResponseSpec reviewQueue(SignedInSession session) {
        return client().get()
                .uri("/api/models/review-queue")
                .cookie("SESSION", session.session())
                .exchange();
    }

    private static void add(
            List<Arguments> cases, Role role, CommitteeLevel level, boolean own, int... expectedPerEndpoint) {
        String locality = own ? "own" : "another";
        Endpoint[] endpoints = Endpoint.values();
        for (int i = 0; i < endpoints.length; i++) {
            cases.add(Arguments.of(role, locality, endpoints[i], expectedPerEndpoint[i], level));
        }
    }

    private String account(Role role, CommitteeLevel level, boolean own) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        String commune = own ? OWN_COMMUNE : OTHER_COMMUNE;
        boolean nationwide = role == Role.ADMINISTRATOR || role == Role.JOURNALIST;
        accounts.open(new NewAccount(
                username,
                "Người dùng " + role.labelVi(),
                PASSWORD,
                role,
                role == Role.CONTRIBUTOR ? unit(UNIT, null, commune) : null,
                null,
                nationwide ? null : commune,
                level));
        return username;
    }

    private NewModel model(String commune) {
        return new NewModel(
                "mo-hinh-" + UUID.randomUUID().toString().substring(0, 8),
                unit(UNIT, null, "00004"),
                new ModelProfile(
                        "Mô hình thử quyền ghi",
                        UNIT,
                        OwnerKind.COLLECTIVE,
                        Field.PARTY_AND_POLITICAL_SYSTEM,
                        2026,
                        "Tóm tắt.",
                        "Câu chuyện."),
                new ModelLocation(21.0368, 105.8342, commune),
                List.of(),
                null,
                null);
    }
}
