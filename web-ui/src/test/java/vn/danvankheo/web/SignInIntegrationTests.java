package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;

/** Signing in through the real page: CSRF, Argon2 check, throttling, and the account page behind it. */
class SignInIntegrationTests extends DemoSiteIntegrationTest {

    private static final String PASSWORD = "mat-khau-du-dai-2026";

    @Autowired
    AccountDirectory accounts;

    private String username;

    @BeforeEach
    void openAccount() {
        username = "ctv-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username, "Trần Thị Bình", PASSWORD, Role.CONTRIBUTOR, "Chi bộ khu dân cư số 3", null, "00004", null));
    }

    @Test
    void theRightPasswordOpensTheAccountPage() {
        SignedInSession signedIn = SignedInSession.signIn(client(), username, PASSWORD);

        String page = client().get()
                .uri("/tai-khoan")
                .cookie("SESSION", signedIn.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Trần Thị Bình", "Cộng tác viên", "Phường Ba Đình, Thành phố Hà Nội");
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
