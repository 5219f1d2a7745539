package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Signs in through the real form, as a browser does, and carries the session and CSRF token into later requests. */
record SignedInSession(String session, String csrf) {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static SignInForm form(WebTestClient client) {
        EntityExchangeResult<String> page = client.get()
                .uri("/dang-nhap")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(field.find()).as("the form carries a CSRF token").isTrue();
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        ResponseCookie token = page.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(token).as("the token is also set as a cookie").isNotNull();
        return new SignInForm(
                session == null ? null : session.getValue(), token.getValue(), field.group(1), page.getResponseBody());
    }

    static SignedInSession signIn(WebTestClient client, String username, String password) {
        EntityExchangeResult<byte[]> result = form(client).submit(client, username, password, true);
        assertThat(result.getResponseHeaders().getLocation()).as("signed in").hasToString("/tai-khoan");
        String session = result.getResponseCookies().getFirst("SESSION").getValue();
        ResponseCookie fresh = client.get()
                .uri("/tai-khoan")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseCookies()
                .getFirst("XSRF-TOKEN");
        return new SignedInSession(session, fresh.getValue());
    }

    /** A page as this session sees it, which must answer 200. */
    String page(WebTestClient client, String uri) {
        return client.get()
                .uri(uri)
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    WebTestClient.RequestBodySpec json(WebTestClient.RequestBodySpec request) {
        return signed(request).contentType(MediaType.APPLICATION_JSON);
    }

    /** The session and the CSRF header, for a body of any type (a multipart upload). */
    WebTestClient.RequestBodySpec signed(WebTestClient.RequestBodySpec request) {
        return request.cookie("SESSION", session).cookie("XSRF-TOKEN", csrf).header("X-XSRF-TOKEN", csrf);
    }

    /** A page's form post: the session, and the token both as cookie and as the form's hidden field. */
    EntityExchangeResult<String> postForm(WebTestClient client, String uri, Map<String, String> fields) {
        var form = BodyInserters.fromFormData("_csrf", csrf);
        for (var field : fields.entrySet()) {
            form = form.with(field.getKey(), field.getValue());
        }
        return client.post()
                .uri(uri)
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    record SignInForm(String session, String csrfCookie, String csrfField, String html) {

        /** As a client at {@code address} behind the trusted proxy. */
        EntityExchangeResult<byte[]> submitFrom(
                WebTestClient client, String address, String username, String password) {
            return client.post()
                    .uri("/dang-nhap")
                    .cookie("XSRF-TOKEN", csrfCookie)
                    .header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("username", username)
                            .with("password", password)
                            .with("_csrf", csrfField))
                    .exchange()
                    .expectBody()
                    .returnResult();
        }

        EntityExchangeResult<byte[]> submit(WebTestClient client, String username, String password, boolean withToken) {
            var form = BodyInserters.fromFormData("username", username).with("password", password);
            if (withToken) {
                form = form.with("_csrf", csrfField);
            }
            WebTestClient.RequestBodySpec request =
                    client.post().uri("/dang-nhap").cookie("XSRF-TOKEN", csrfCookie);
            if (session != null) {
                request = request.cookie("SESSION", session);
            }
            return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .exchange()
                    .expectBody()
                    .returnResult();
        }
    }
}
