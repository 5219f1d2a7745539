package vn.danvankheo.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;

/**
 * What an outsider, a proxy in front and an operator behind meet: each test here failed before its finding of the
 * hardening issue was fixed. The test context trusts loopback as a proxy, so X-Forwarded-* stands for real clients.
 */
class HardeningIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Test
    void aStrangerAtAProtectedPageGetsNoServerSession() {
        EntityExchangeResult<byte[]> result = client().get()
                .uri("/tai-khoan")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectBody()
                .returnResult();

        assertThat(result.getResponseCookies().getFirst("SESSION")).isNull();
    }

    @Test
    void likeWildcardsInAFormerCommuneNameAreLiteral() {
        for (String name : new String[] {"%", "_", "\\", "a%"}) {
            client().get()
                    .uri(uri -> uri.path("/api/places/former-communes")
                            .queryParam("name", "{name}")
                            .build(name))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.outcome")
                    .isEqualTo("UNKNOWN");
        }
    }

    @Test
    void anAttackersFailuresDoNotLockTheOwnerOutFromElsewhere() {
        String username = openAccount();
        SignedInSession.SignInForm form = SignedInSession.form(client());
        for (int i = 0; i < 4; i++) {
            form.submitFrom(client(), "203.0.113.7", username, "sai-mat-khau-" + i);
        }

        EntityExchangeResult<byte[]> owner = form.submitFrom(client(), "198.51.100.20", username, PASSWORD);

        assertThat(owner.getResponseHeaders().getLocation()).hasToString("/tai-khoan");
        assertThat(form.submitFrom(client(), "203.0.113.7", username, PASSWORD)
                        .getResponseHeaders()
                        .getLocation()
                        .toString())
                .as("the guessing address stays refused")
                .startsWith("/dang-nhap?khoa=");
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndSameSite() {
        ResponseCookie token = client().get()
                .uri("/dang-nhap")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.21")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseCookies()
                .getFirst("XSRF-TOKEN");

        assertThat(token.isSecure()).isTrue();
        assertThat(token.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aNulByteInAQueryIsBadInput() {
        for (String query : new String[] {"/api/places/search?q=ha%00noi", "/api/places/former-communes?code=%00"}) {
            client().get()
                    // As sent, not encoded again: %00 must reach the server as a NUL byte.
                    .uri(URI.create(baseUrl() + query))
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void anImpossibleUsernameIsAWrongSignInNotAFault() {
        SignedInSession.SignInForm form = SignedInSession.form(client());

        assertThat(form.submitFrom(client(), "198.51.100.22", "a".repeat(81), PASSWORD)
                        .getResponseHeaders()
                        .getLocation())
                .hasToString("/dang-nhap?loi");
        assertThat(form.submitFrom(client(), "198.51.100.22", "ctv\u0000x", PASSWORD)
                        .getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anOversizedFormIsRefusedAsTooLarge() {
        SignedInSession.SignInForm form = SignedInSession.form(client());
        client().post()
                .uri("/dang-nhap")
                .cookie("XSRF-TOKEN", form.csrfCookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", form.csrfField())
                        .with("username", "ai-do")
                        .with("password", "x".repeat(3 * 1024 * 1024)))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void headIsAnsweredLikeGetOnPublicPages() {
        client().head().uri("/").exchange().expectStatus().isOk();
        client().head().uri("/api/places/provinces").exchange().expectStatus().isOk();
    }

    @Test
    void aStrangerAtAnApiGetsAProblemDetail() {
        client().get()
                .uri("/api/uploads/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("đăng nhập"));
    }

    @Test
    void aWriteWithoutItsCsrfTokenGetsAProblemDetail() {
        client().post()
                .uri("/api/models")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);
    }

    /** A plain client: WebTestClient's own decompresses and drops the header this looks for. */
    @Test
    void outlinesAreCompressed() throws Exception {
        HttpResponse<byte[]> outlines = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/places/provinces"))
                                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(outlines.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains("gzip");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(outlines.body())).readAllBytes(), UTF_8))
                .contains("FeatureCollection");
    }

    @Test
    void aZoomOutsideTheMapsRangeIsBadInput() {
        client().get()
                .uri("/api/places/provinces?zoom=99")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void everyScheduledJobHasAThreadOfItsOwn() {
        assertThat(scheduler.getPoolSize())
                .isGreaterThanOrEqualTo(scheduledTasks.getScheduledTasks().size());
    }

    @Test
    void metricsAreServedToTheOperatorOnly() {
        String metrics = WebTestClient.bindToServer()
                .baseUrl(baseUrl())
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds", "dvk_outbox_lag_seconds");

        client().get()
                .uri("/actuator/prometheus")
                .header("X-Forwarded-For", "198.51.100.23")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void everyResponseCarriesARequestId() {
        client().get().uri("/api/criteria").exchange().expectHeader().exists("X-Request-Id");
    }

    @Test
    void aJournalistCannotHoldMoreThanThreeUploadsOpen() {
        String username = "nb-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, "Nhà báo", PASSWORD, Role.JOURNALIST, null, null, null, null));
        SignedInSession journalist = SignedInSession.signIn(client(), username, PASSWORD);
        String start = "{\"kind\": \"DOCUMENT\", \"fileName\": \"bien-ban.pdf\", \"size\": 1000}";
        List<String> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(journalist
                    .json(client().post().uri("/api/uploads"))
                    .bodyValue(start)
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("id")
                    .toString());
        }

        journalist
                .json(client().post().uri("/api/uploads"))
                .bodyValue(start)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        for (String id : open) {
            journalist
                    .signed(client().method(HttpMethod.DELETE).uri("/api/uploads/" + id))
                    .exchange()
                    .expectStatus()
                    .isNoContent();
        }
    }

    private String openAccount() {
        String username = "ctv-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username,
                "Trần Thị Bình",
                PASSWORD,
                Role.CONTRIBUTOR,
                unit("Chi bộ khu dân cư số 3", null, "00004"),
                null,
                "00004",
                null));
        return username;
    }
}
