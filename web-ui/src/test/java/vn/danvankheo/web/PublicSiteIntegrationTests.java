package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class PublicSiteIntegrationTests extends DemoSiteIntegrationTest {

    @BeforeEach
    void demoDataIsIn() {
        awaitDemoMarkers();
    }

    @Test
    void theMapApiGivesGeoJsonWithLongitudeFirst() {
        Map<String, Object> demo = demoModels().get(0);
        Map<?, ?> body = client().get()
                .uri("/api/map/markers?bbox=102.1,8.4,109.5,23.4")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json"))
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(body.get("type")).isEqualTo("FeatureCollection");
        var feature = ((List<Map<String, Map<String, Object>>>) body.get("features"))
                .stream()
                        .filter(f -> demo.get("slug").equals(f.get("properties").get("slug")))
                        .findFirst()
                        .orElseThrow();
        assertThat(feature.get("geometry").get("coordinates"))
                .isEqualTo(List.of(demo.get("longitude"), demo.get("latitude")));
        assertThat(feature.get("properties").get("url")).isEqualTo("/mo-hinh/" + demo.get("slug"));
    }

    @Test
    void aModelPageShowsItsStoryAndAPhotoServedFromStorage() throws Exception {
        Map<String, Object> demo = demoModels().get(0);
        String html = client().get()
                .uri("/mo-hinh/" + demo.get("slug"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html).contains((String) demo.get("name"), (String) demo.get("ownerName"));
        String photoPath = html.replaceAll("(?s).*class=\"model-photo\" src=\"(/media/[0-9a-f-]+)\".*", "$1");
        assertThat(photoPath).startsWith("/media/");

        byte[] photo = client().get()
                .uri(photoPath)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .valueMatches("Cache-Control", "max-age=86400, public")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        // The public gets a fresh rendition, never the uploaded file with its metadata.
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(new String(photo, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif\0\0");
    }

    @Test
    void anUnknownModelIsAVietnameseNotFoundPage() {
        String html = client().get()
                .uri("/mo-hinh/khong-co-mo-hinh-nay")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html).contains("Không tìm thấy mô hình");
    }

    @Test
    void aBadViewportIsAProblemDetailInVietnamese() {
        client().get()
                .uri("/api/map/markers?bbox=abc")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("Khung bản đồ"));
        client().get()
                .uri("/api/map/markers?field=KHONG_CO")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("Lĩnh vực"));
    }

    @Test
    void theOlderFieldsOfLocalPlansAreAcceptedAsFilters() {
        Map<?, ?> body = client().get()
                .uri("/api/map/markers?field=CULTURE_SOCIETY")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat((List<Map<String, Map<String, Object>>>) body.get("features"))
                .isNotEmpty()
                .allSatisfy(feature ->
                        assertThat(feature.get("properties").get("field")).isEqualTo("CULTURE_SOCIETY_PEOPLE"));
    }

    @Test
    void anUnknownPhotoIsNotFound() {
        client().get()
                .uri("/media/00000000-0000-0000-0000-000000000000")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void writesAreRefusedUntilAccountsExist() {
        client().post().uri("/api/map/markers").exchange().expectStatus().isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void healthReportsEachServiceSeparately() {
        client().get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.db.status")
                .isEqualTo("UP")
                .jsonPath("$.components.storage.status")
                .isEqualTo("UP")
                .jsonPath("$.components.search.status")
                .isEqualTo("UP");
    }
}
