package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.PasswordLinks;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.demo.DemoAccounts;

/** Signing in through the real page: CSRF, Argon2 check, throttling, and the account page behind it. */
class SignInIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    PasswordLinks links;

    private String username;

    @BeforeEach
    void openAccount() {
        username = "ctv-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username,
                "Trần Thị Bình",
                PASSWORD,
                Role.CONTRIBUTOR,
                unit("Chi bộ khu dân cư số 3", null, "00004"),
                null,
                "00004",
                null));
    }

    @Test
    void theRightPasswordOpensTheAccountPage() {
        SignedInSession signedIn = SignedInSession.signIn(client(), username, PASSWORD);

        String page = signedIn.page(client(), "/tai-khoan");
        assertThat(page).contains("Trần Thị Bình", "Cộng tác viên", "Phường Ba Đình, Thành phố Hà Nội");
    }

    @Test
    void anInvitedPersonChoosesAPasswordThroughTheLinkAndSignsInWithTheirAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var invited = accounts.openForLink(
                new NewAccount("nb-" + tag, "Lê Văn Báo", null, Role.JOURNALIST, null, null, null, null),
                "nb-" + tag + "@bao.example.vn");
        String token = links.issue(invited.id(), PasswordLinks.Purpose.INVITATION, Duration.ofHours(1));
        SignedInSession.SignInForm form = SignedInSession.form(client());

        String page = client().get()
                .uri("/dat-mat-khau/" + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Đặt mật khẩu", "nb-" + tag, "Nhà báo");
        choose(form, token, PASSWORD, PASSWORD + "x")
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("Hai lần nhập mật khẩu không giống nhau"));
        choose(form, token, PASSWORD, PASSWORD)
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .location("/dang-nhap?mat-khau-moi");
        client().get().uri("/dat-mat-khau/" + token).exchange().expectStatus().isEqualTo(HttpStatus.GONE);

        SignedInSession.signIn(client(), "NB-" + tag + "@bao.example.vn", PASSWORD);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec choose(
            SignedInSession.SignInForm form, String token, String password, String confirmation) {
        return client().post()
                .uri("/dat-mat-khau/" + token)
                .cookie("XSRF-TOKEN", form.csrfCookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", form.csrfField())
                        .with("password", password)
                        .with("confirmation", confirmation))
                .exchange();
    }

    @Test
    void theDemoListsOneSignInPerRoleAndTheyWork() {
        awaitDemoMarkers();

        assertThat(SignedInSession.form(client()).html())
                .contains("Tài khoản thử nghiệm", DemoAccounts.PASSWORD, "demo-ctv", "demo-quan-tri", "demo-nha-bao");
        SignedInSession contributor = SignedInSession.signIn(client(), "demo-ctv", DemoAccounts.PASSWORD);
        assertThat(client().get()
                        .uri("/tai-khoan")
                        .cookie("SESSION", contributor.session())
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("Chi bộ khu phố 3, phường Bàn Cờ", "Phường Bàn Cờ");
        for (String username : List.of("demo-kiem-duyet-tinh", "demo-hoi-dong-tw", "demo-quan-tri")) {
            SignedInSession.signIn(client(), username, DemoAccounts.PASSWORD);
        }
    }

    @Test
    void theFormShowsNoNoticeUntilThereIsOne() {
        assertThat(SignedInSession.form(client()).html())
                .doesNotContain("không đúng", "sai quá nhiều lần", "đã đăng xuất");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        EntityExchangeResult<byte[]> refused =
                SignedInSession.form(client()).submit(client(), username, PASSWORD, false);

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void afterRepeatedWrongPasswordsEvenTheRightOneWaits() {
        SignedInSession.SignInForm form = SignedInSession.form(client());
        for (int i = 0; i < 3; i++) {
            assertThat(form.submit(client(), username, "sai-mat-khau-" + i, true)
                            .getResponseHeaders()
                            .getLocation())
                    .hasToString("/dang-nhap?loi");
        }

        EntityExchangeResult<byte[]> locked = form.submit(client(), username, PASSWORD, true);

        assertThat(locked.getResponseHeaders().getLocation().toString()).startsWith("/dang-nhap?khoa=");
        String page = client().get()
                .uri(locked.getResponseHeaders().getLocation().toString())
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Đăng nhập sai quá nhiều lần");
    }

    @Test
    void theAccountPageAsksAStrangerToSignIn() {
        client().get()
                .uri("/tai-khoan")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .location("/dang-nhap");
    }
}
