package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;

/** Signing in through the real page: CSRF, Argon2 check, throttling, and the account page behind it. */
class SignInIntegrationTests extends DemoSiteIntegrationTest {

    private static final String PASSWORD = "mat-khau-du-dai-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
        FormPage form = signInForm();

        EntityExchangeResult<byte[]> signedIn = submit(form, username, PASSWORD);

        assertThat(signedIn.getResponseHeaders().getLocation()).hasToString("/tai-khoan");
        ResponseCookie session = signedIn.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("a new session after signing in").isNotNull();
        assertThat(session.getValue()).isNotEqualTo(form.session());
        String page = client().get()
                .uri("/tai-khoan")
                .cookie("SESSION", session.getValue())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Trần Thị Bình", "Cộng tác viên", "Phường Ba Đình, Thành phố Hà Nội");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        FormPage form = signInForm();
        client().post()
                .uri("/dang-nhap")
                .cookie("SESSION", form.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", username).with("password", PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void afterRepeatedWrongPasswordsEvenTheRightOneWaits() {
        FormPage form = signInForm();
        for (int i = 0; i < 3; i++) {
            assertThat(submit(form, username, "sai-mat-khau-" + i)
                            .getResponseHeaders()
                            .getLocation())
                    .hasToString("/dang-nhap?loi");
        }

        EntityExchangeResult<byte[]> locked = submit(form, username, PASSWORD);

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

    private FormPage signInForm() {
        EntityExchangeResult<String> page = client().get()
                .uri("/dang-nhap")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        Matcher token = CSRF.matcher(page.getResponseBody());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        assertThat(page.getResponseBody()).doesNotContain("không đúng", "sai quá nhiều lần", "đã đăng xuất");
        return new FormPage(page.getResponseCookies().getFirst("SESSION").getValue(), token.group(1));
    }

    private EntityExchangeResult<byte[]> submit(FormPage form, String user, String password) {
        return client().post()
                .uri("/dang-nhap")
                .cookie("SESSION", form.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", user)
                        .with("password", password)
                        .with("_csrf", form.csrf()))
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody()
                .returnResult();
    }

    private record FormPage(String session, String csrf) {}
}
