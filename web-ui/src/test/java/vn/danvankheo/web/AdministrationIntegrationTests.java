package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitKind;

/**
 * The administration pages over HTTP with real sign-ins: every endpoint against every role, an administrator of the
 * target's province, of another province and of the country; and what an administrator's changes do.
 */
class AdministrationIntegrationTests extends DemoSiteIntegrationTest {

    enum Endpoint {
        PAGE,
        INVITE,
        DISABLE,
        ENABLE,
        ASSIGN,
        RESET_PASSWORD,
        UNITS_PAGE,
        UNIT_CREATE,
        UNIT_CHANGE,
        UNIT_DEACTIVATE,
        UNIT_REACTIVATE,
        UNIT_TEMPLATE,
        UNIT_DRY_RUN,
        UNIT_IMPORT
    }

    enum Who {
        CONTRIBUTOR,
        MODERATOR,
        COMMITTEE_MEMBER,
        JOURNALIST,
        ADMINISTRATOR_OF_THE_PROVINCE,
        ADMINISTRATOR_OF_ANOTHER_PROVINCE,
        ADMINISTRATOR_OF_THE_COUNTRY
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Endpoint endpoint : Endpoint.values()) {
                int expected = switch (who) {
                    case ADMINISTRATOR_OF_THE_PROVINCE, ADMINISTRATOR_OF_THE_COUNTRY -> 200;
                    // Reading is allowed: each sees its own province. A spreadsheet of another province's units
                    // is refused row by row, as bad input.
                    case ADMINISTRATOR_OF_ANOTHER_PROVINCE ->
                        switch (endpoint) {
                            case PAGE, UNITS_PAGE, UNIT_TEMPLATE, UNIT_DRY_RUN -> 200;
                            case UNIT_IMPORT -> 400;
                            default -> 403;
                        };
                    default -> 403;
                };
                cases.add(Arguments.of(who, endpoint, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("matrix")
    void everyAdministrationEndpointIsForAdministratorsOfTheLocality(Who who, Endpoint endpoint, int expected) {
        SignedInSession session = SignedInSession.signIn(client(), signIn(who), PASSWORD);
        Account target = moderatorOfHanoi();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String path = "/quan-tri/tai-khoan/" + target.id() + "/";
        String unitPath = "/quan-tri/don-vi/" + unit("Chi bộ ma trận " + tag, null, "00004") + "/";

        int status = switch (endpoint) {
            case PAGE ->
                client().get()
                        .uri("/quan-tri")
                        .cookie("SESSION", session.session())
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            case INVITE ->
                session.postForm(
                                client(),
                                "/quan-tri/moi",
                                Map.of(
                                        "email", "moi-" + tag + "@example.vn",
                                        "username", "moi-" + tag,
                                        "displayName", "Người được mời",
                                        "role", "MODERATOR",
                                        "communeCode", "00004"))
                        .getStatus()
                        .value();
            case DISABLE ->
                session.postForm(client(), path + "khoa", Map.of()).getStatus().value();
            case ENABLE ->
                session.postForm(client(), path + "mo-khoa", Map.of())
                        .getStatus()
                        .value();
            case ASSIGN ->
                session.postForm(
                                client(),
                                "/quan-tri/vai-tro",
                                Map.of("accountId", target.id().toString(), "role", "MODERATOR", "provinceCode", "01"))
                        .getStatus()
                        .value();
            case RESET_PASSWORD ->
                session.postForm(client(), path + "dat-lai-mat-khau", Map.of())
                        .getStatus()
                        .value();
            case UNITS_PAGE ->
                client().get()
                        .uri("/quan-tri/don-vi")
                        .cookie("SESSION", session.session())
                        .exchange()
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            case UNIT_CREATE ->
                session.postForm(
                                client(),
                                "/quan-tri/don-vi/moi",
                                Map.of("name", "Chi đoàn " + tag, "kind", "MASS_ORGANISATION", "communeCode", "00004"))
                        .getStatus()
                        .value();
            case UNIT_CHANGE ->
                session.postForm(
                                client(),
                                unitPath + "sua",
                                Map.of("name", "Chi bộ đổi tên " + tag, "kind", "PARTY_CELL"))
                        .getStatus()
                        .value();
            case UNIT_DEACTIVATE ->
                session.postForm(client(), unitPath + "ngung", Map.of())
                        .getStatus()
                        .value();
            case UNIT_REACTIVATE ->
                session.postForm(client(), unitPath + "mo-lai", Map.of())
                        .getStatus()
                        .value();
            case UNIT_TEMPLATE ->
                client().get()
                        .uri("/quan-tri/don-vi/mau.xlsx")
                        .cookie("SESSION", session.session())
                        .exchange()
                        .returnResult(byte[].class)
                        .getStatus()
                        .value();
            case UNIT_DRY_RUN ->
                importSheet(session, "kiem-tra", sheetOf("Chi hội " + tag))
                        .getStatus()
                        .value();
            case UNIT_IMPORT ->
                importSheet(session, "nhap", sheetOf("Chi hội " + tag))
                        .getStatus()
                        .value();
        };

        assertThat(status).isEqualTo(expected);
    }

    @Test
    void anInvitationIsMailedWithItsLinkAndEveryChangeIsInTheTrail() {
        SignedInSession session = SignedInSession.signIn(client(), signIn(Who.ADMINISTRATOR_OF_THE_PROVINCE), PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        String page = session.postForm(
                        client(),
                        "/quan-tri/moi",
                        Map.of(
                                "email", "ctv-" + tag + "@example.vn",
                                "username", "ctv-" + tag,
                                "displayName", "Cộng tác viên " + tag,
                                "role", "CONTRIBUTOR",
                                "unitId",
                                        unit("Chi bộ khu dân cư số 3", null, "00004")
                                                .toString()))
                .getResponseBody();
        assertThat(page).contains("Đã mời ctv-" + tag, "/dat-mat-khau/", "Mời ctv-" + tag);
        Account invited = accounts.find("ctv-" + tag).orElseThrow();
        assertThat(invited.unitName()).isEqualTo("Chi bộ khu dân cư số 3");

        String disabled = session.postForm(client(), "/quan-tri/tai-khoan/" + invited.id() + "/khoa", Map.of())
                .getResponseBody();
        assertThat(disabled).contains("Đã khoá ctv-" + tag, "Khoá ctv-" + tag);
        assertThat(accounts.find(invited.id()))
                .hasValueSatisfying(found -> assertThat(found.enabled()).isFalse());

        String refused = session.postForm(
                        client(),
                        "/quan-tri/moi",
                        Map.of(
                                "email", "xa-" + tag + "@example.vn",
                                "username", "xa-" + tag,
                                "displayName", "Ngoài tỉnh",
                                "role", "MODERATOR",
                                "communeCode", "27154"))
                .getResponseBody();
        assertThat(refused).contains("chỉ quản lý tài khoản và đơn vị của tỉnh đó");
        assertThat(accounts.find("xa-" + tag)).isEmpty();
    }

    @Test
    void bothPagesShareOneScopeHeaderMarkingWhereTheAdministratorIs() {
        SignedInSession session = SignedInSession.signIn(client(), signIn(Who.ADMINISTRATOR_OF_THE_PROVINCE), PASSWORD);

        String accountsPage = session.page(client(), "/quan-tri");
        assertThat(navigation(accountsPage))
                .contains("<a href=\"/quan-tri\" aria-current=\"page\">Tài khoản</a>")
                .contains("<a href=\"/quan-tri/don-vi\">Cơ quan, đơn vị</a>");
        assertThat(accountsPage)
                .contains("<h1>Quản trị tài khoản</h1>", "Phạm vi quản lý", "Nhật ký thay đổi")
                // The invitation and the change form take the same fields, each with ids of its own.
                .contains("<label for=\"role\">", "id=\"role\"", "<label for=\"roleNew\">", "id=\"roleNew\"");
        String unitsPage = session.page(client(), "/quan-tri/don-vi");
        assertThat(navigation(unitsPage))
                .contains("<a href=\"/quan-tri\">Tài khoản</a>")
                .contains("<a href=\"/quan-tri/don-vi\" aria-current=\"page\">Cơ quan, đơn vị</a>");
        assertThat(unitsPage).contains("<h1>Quản trị cơ quan, đơn vị</h1>", "Phạm vi quản lý", "Nhật ký thay đổi");
    }

    @Test
    void unitsAreManagedWithinTheProvinceAndEveryChangeIsInTheTrail() {
        SignedInSession session = SignedInSession.signIn(client(), signIn(Who.ADMINISTRATOR_OF_THE_PROVINCE), PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        unit("Chi bộ phía Nam " + tag, null, "27154");

        String created = session.postForm(
                        client(),
                        "/quan-tri/don-vi/moi",
                        Map.of("name", "Đảng ủy " + tag, "kind", "PARTY_COMMITTEE", "communeCode", "00004"))
                .getResponseBody();
        assertThat(created).contains("Đã tạo đơn vị &quot;Đảng ủy " + tag, "Tạo đơn vị &quot;Đảng ủy " + tag);
        UUID committee = unit("Đảng ủy " + tag, null, "00004");
        String cell = unit("Chi bộ " + tag, null, "00004").toString();

        String listed = session.page(client(), "/quan-tri/don-vi?q=" + tag);
        assertThat(listed).contains("Đảng ủy " + tag, "Chi bộ " + tag).doesNotContain("Chi bộ phía Nam " + tag);

        String moved = session.postForm(
                        client(),
                        "/quan-tri/don-vi/" + cell + "/sua",
                        Map.of("name", "Chi bộ số 1 " + tag, "kind", "PARTY_CELL", "parentId", committee.toString()))
                .getResponseBody();
        assertThat(moved).contains("Đã lưu đơn vị &quot;Chi bộ số 1 " + tag, "Sửa đơn vị &quot;Chi bộ " + tag);
        var cycle = session.postForm(
                client(),
                "/quan-tri/don-vi/" + committee + "/sua",
                Map.of("name", "Đảng ủy " + tag, "kind", "PARTY_COMMITTEE", "parentId", cell));
        assertThat(cycle.getStatus().value()).isEqualTo(400);
        assertThat(cycle.getResponseBody()).contains("nên không thể là cấp trên của nó");

        assertThat(session.postForm(client(), "/quan-tri/don-vi/" + committee + "/ngung", Map.of())
                        .getResponseBody())
                .contains("còn đơn vị trực thuộc đang hoạt động");
        assertThat(session.postForm(client(), "/quan-tri/don-vi/" + cell + "/ngung", Map.of())
                        .getResponseBody())
                .contains("Đã ngừng hoạt động đơn vị", "Ngừng hoạt động đơn vị &quot;Chi bộ số 1 " + tag);
        var invited = session.postForm(
                client(),
                "/quan-tri/moi",
                Map.of(
                        "email",
                        "ngung-" + tag + "@example.vn",
                        "username",
                        "ngung-" + tag,
                        "displayName",
                        "Người của đơn vị đã ngừng",
                        "role",
                        "CONTRIBUTOR",
                        "unitId",
                        cell));
        assertThat(invited.getStatus().value()).isEqualTo(400);
        assertThat(invited.getResponseBody()).contains("đã ngừng hoạt động");
        assertThat(accounts.find("ngung-" + tag)).isEmpty();
    }

    @Test
    void theSpreadsheetDryRunShowsEachRowsProblemsOnThePage() {
        SignedInSession session = SignedInSession.signIn(client(), signIn(Who.ADMINISTRATOR_OF_THE_PROVINCE), PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String sheet = "Tên cơ quan/đơn vị;Loại;Đơn vị cấp trên;Tỉnh/thành phố;Xã/phường/đặc khu\r\n"
                + "Chi hội " + tag + ";Tổ hợp tác;;;00004\r\n"
                + "Chi đoàn " + tag + ";Đoàn thể;Không có " + tag + ";;\r\n";

        var checked = importSheet(session, "kiem-tra", sheet);
        assertThat(checked.getStatus().value()).isEqualTo(200);
        assertThat(checked.getResponseBody())
                .contains("2 dòng cần sửa", "Không nhận ra loại &quot;Tổ hợp tác&quot;")
                .contains("Không tìm thấy đơn vị cấp trên &quot;Không có " + tag + "&quot;");

        var refused = importSheet(session, "nhap", sheet);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("Có 2 dòng cần sửa; chưa nhập đơn vị nào.");
        assertThat(units.existing(new NewUnit("Chi hội " + tag, UnitKind.OTHER, null, "00004", null)))
                .isEmpty();
    }

    private static String sheetOf(String name) {
        return "Tên cơ quan/đơn vị;Loại;Đơn vị cấp trên;Tỉnh/thành phố;Xã/phường/đặc khu\r\n" + name
                + ";Đoàn thể;;;00004\r\n";
    }

    /** The page's multipart form as a browser sends it: the CSRF token as one of its fields, no header. */
    private EntityExchangeResult<String> importSheet(SignedInSession session, String step, String csv) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("_csrf", session.csrf());
        body.part("buoc", step);
        body.part("file", csv.getBytes(StandardCharsets.UTF_8))
                .filename("don-vi.csv")
                .contentType(MediaType.parseMediaType("text/csv"));
        return client().post()
                .uri("/quan-tri/don-vi/nhap")
                .cookie("SESSION", session.session())
                .cookie("XSRF-TOKEN", session.csrf())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    private static String navigation(String page) {
        int start = page.indexOf("<nav class=\"administration-nav\"");
        assertThat(start).as("the administration navigation").isNotNegative();
        return page.substring(start, page.indexOf("</nav>", start));
    }

    /** A national administrator's page lists every account of the test database. */
    @Override
    WebTestClient client() {
        return super.client()
                .mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    private Account moderatorOfHanoi() {
        String username = "kd-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(
                new NewAccount(username, "Kiểm duyệt", PASSWORD, Role.MODERATOR, null, null, "00004", null));
    }

    private String signIn(Who who) {
        String username = "ai-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount account = switch (who) {
            case CONTRIBUTOR ->
                new NewAccount(
                        username,
                        "Người dùng",
                        PASSWORD,
                        Role.CONTRIBUTOR,
                        unit("Chi bộ khu dân cư số 3", null, "00004"),
                        null,
                        null,
                        null);
            case MODERATOR -> new NewAccount(username, "Người dùng", PASSWORD, Role.MODERATOR, null, "01", null, null);
            case COMMITTEE_MEMBER ->
                new NewAccount(
                        username,
                        "Người dùng",
                        PASSWORD,
                        Role.COMMITTEE_MEMBER,
                        null,
                        "01",
                        null,
                        CommitteeLevel.PROVINCIAL);
            case JOURNALIST ->
                new NewAccount(username, "Người dùng", PASSWORD, Role.JOURNALIST, null, null, null, null);
            case ADMINISTRATOR_OF_THE_PROVINCE ->
                new NewAccount(username, "Người dùng", PASSWORD, Role.ADMINISTRATOR, null, "01", null, null);
            case ADMINISTRATOR_OF_ANOTHER_PROVINCE ->
                new NewAccount(username, "Người dùng", PASSWORD, Role.ADMINISTRATOR, null, "79", null, null);
            case ADMINISTRATOR_OF_THE_COUNTRY ->
                new NewAccount(username, "Người dùng", PASSWORD, Role.ADMINISTRATOR, null, null, null, null);
        };
        accounts.open(account);
        return username;
    }
}
