package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.danvankheo.accounts.Role;

/**
 * The upload API over HTTP with real sign-ins and CSRF, parts sent straight to the real S3 store with a plain HTTP
 * client as a browser sends them.
 */
class UploadEndpointsIntegrationTests extends DemoSiteIntegrationTest {

    static final String UNIT = "Chi bộ khu dân cư số 3";

    static final Path PHOTO = Path.of("../data/demo/photos/ban-co-sang-thu-bay-lang-nghe-dan-noi.jpg");

    @Test
    void aSignedInContributorUploadsAPhotoStraightToStorageAndSeesItsThumbnail() throws Exception {
        SignedInSession session = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        byte[] jpeg = Files.readAllBytes(PHOTO);

        Map<?, ?> started = session.json(client().post().uri("/api/uploads"))
                .bodyValue(Map.of("kind", "PHOTO", "fileName", "ban-co.jpg", "size", jpeg.length))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/uploads/[0-9a-f-]{36}")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String id = (String) started.get("id");
        assertThat(started.get("partCount")).isEqualTo(1);
        String url = partUrl(session, id, 1);
        put(url, jpeg);
        Map<?, ?> status = client().get()
                .uri("/api/uploads/" + id)
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(status.get("state")).isEqualTo("STARTED");
        assertThat(status.get("uploadedParts")).isEqualTo(List.of(1));

        Map<?, ?> completion = session.json(client().post().uri("/api/uploads/" + id + "/completion"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(completion.get("kind")).isEqualTo("PHOTO");
        assertThat((String) completion.get("thumbnail")).isEqualTo("/media/" + completion.get("mediaId") + "?w=320");
        client().get()
                .uri((String) completion.get("thumbnail"))
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .valueEquals("Cache-Control", "no-store, private");
        // Until a moderator publishes a model with it, the photo is not the public's.
        client().get()
                .uri((String) completion.get("thumbnail"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aCameraPhotosPositionIsOfferedWhenItsUploadCompletes() throws Exception {
        SignedInSession session = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        byte[] jpeg = Files.readAllBytes(Path.of("../modules/media/src/test/resources/photos/gps-orientation-6.jpg"));
        Map<?, ?> started = session.json(client().post().uri("/api/uploads"))
                .bodyValue(Map.of("kind", "PHOTO", "fileName", "may-anh.jpg", "size", jpeg.length))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String id = (String) started.get("id");
        put(partUrl(session, id, 1), jpeg);

        session.json(client().post().uri("/api/uploads/" + id + "/completion"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.gps.latitude")
                .value(latitude -> assertThat(((Number) latitude).doubleValue()).isCloseTo(21.0287, within(1e-6)))
                .jsonPath("$.gps.longitude")
                .value(longitude ->
                        assertThat(((Number) longitude).doubleValue()).isCloseTo(105.8524, within(1e-6)));
    }

    @Test
    void uploadsAreForSignedInAccountsWithTheirCsrfToken() {
        client().get()
                .uri("/api/uploads/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isUnauthorized();
        SignedInSession session = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        client().post()
                .uri("/api/uploads")
                .cookie("SESSION", session.session())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "PHOTO", "fileName", "a.jpg", "size", 10))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anotherAccountCannotContinueSomeoneElsesUpload() {
        SignedInSession owner = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession stranger = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String id = start(owner, "DOCUMENT", "bien-ban.pdf", 1000);

        for (var request : List.of(
                stranger.json(client().post().uri("/api/uploads/" + id + "/part-urls"))
                        .bodyValue(Map.of("parts", List.of(1))),
                stranger.json(client().post().uri("/api/uploads/" + id + "/completion")),
                stranger.json(client().method(org.springframework.http.HttpMethod.DELETE)
                        .uri("/api/uploads/" + id)))) {
            request.exchange()
                    .expectStatus()
                    .isForbidden()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title")
                    .isEqualTo("Không có quyền")
                    .jsonPath("$.detail")
                    .isEqualTo("Lượt tải lên này do tài khoản khác bắt đầu; chỉ tài khoản đó được tiếp tục hoặc huỷ.");
        }
        owner.json(client().method(org.springframework.http.HttpMethod.DELETE).uri("/api/uploads/" + id))
                .exchange()
                .expectStatus()
                .isNoContent();
    }

    @Test
    void refusalsAreProblemDetailsInVietnamese() throws Exception {
        SignedInSession session = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        session.json(client().post().uri("/api/uploads"))
                .bodyValue(Map.of("kind", "PHOTO", "fileName", "anh.jpg", "size", 50L * 1024 * 1024))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Tệp không được nhận")
                .jsonPath("$.detail")
                .isEqualTo("Tệp ảnh lớn quá 40 MB (tệp này 50 MB).");

        byte[] program = "MZ\u0090\0 not a photo at all".getBytes(StandardCharsets.ISO_8859_1);
        String id = start(session, "PHOTO", "anh.jpg", program.length);
        session.json(client().post().uri("/api/uploads/" + id + "/completion"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.missingParts")
                .isEqualTo(List.of(1));
        put(partUrl(session, id, 1), program);
        session.json(client().post().uri("/api/uploads/" + id + "/completion"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Tệp không phải ảnh JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).");
        client().get()
                .uri("/api/uploads/" + id)
                .cookie("SESSION", session.session())
                .exchange()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("REJECTED");
    }

    private String start(SignedInSession session, String kind, String fileName, long size) {
        Map<?, ?> started = session.json(client().post().uri("/api/uploads"))
                .bodyValue(Map.of("kind", kind, "fileName", fileName, "size", size))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) started.get("id");
    }

    private String partUrl(SignedInSession session, String id, int part) {
        Map<?, ?> urls = session.json(client().post().uri("/api/uploads/" + id + "/part-urls"))
                .bodyValue(Map.of("parts", List.of(part)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) ((Map<?, ?>) urls.get("urls")).get(Integer.toString(part));
    }

    private static void put(String url, byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
