package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The places and criteria APIs as the map page and other clients call them, on the whole application. */
class PlacesAndCriteriaIntegrationTests extends DemoSiteIntegrationTest {

    @Test
    void aPastedCoordinateIsReadAndPlaced() {
        client().get()
                .uri(uri -> uri.path("/api/places/locality")
                        .queryParam("at", "21°01'42.6\"N 105°51'15.1\"E")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.point.format")
                .isEqualTo("DEGREES_MINUTES_SECONDS")
                .jsonPath("$.locality.placement")
                .isEqualTo("INSIDE")
                .jsonPath("$.locality.commune.fullName")
                .isEqualTo("Phường Hoàn Kiếm");
    }

    @Test
    void aCoordinateThatIsNotOneGetsAVietnameseProblem() {
        client().get()
                .uri(uri -> uri.path("/api/places/locality")
                        .queryParam("at", "91, 200")
                        .build())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).containsIgnoringCase("vĩ độ"));
    }

    @Test
    void placeNamesAreFoundWithoutDiacritics() {
        client().get()
                .uri(uri -> uri.path("/api/places/search")
                        .queryParam("q", "dak lak")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].unit.fullName")
                .isEqualTo("Tỉnh Đắk Lắk");
    }

    @Test
    void provinceOutlinesForTheWholeCountryTakeAFewTensOfKilobytesAndAreRevalidatedByTag() {
        var answer = client().get()
                .uri("/api/places/provinces?zoom=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Cache-Control", "max-age=86400, public")
                .expectBody()
                .returnResult();
        byte[] body = answer.getResponseBody();
        assertThat(body.length).isLessThan(60 * 1024);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Thành phố Đà Nẵng", "Tỉnh Khánh Hoà");
        String etag = answer.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();

        client().get()
                .uri("/api/places/provinces?zoom=5")
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isNotModified();
        client().get()
                .uri("/api/places/provinces?zoom=9")
                .header("If-None-Match", etag)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void countsPerProvinceIncludeTheDemoModels() {
        awaitDemoMarkers();
        long inTheCity = demoModels().stream()
                .filter(demo -> "79".equals(demo.get("provinceCode")))
                .count();
        Map<?, ?> body = client().get()
                .uri("/api/map/counts?level=province")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        // Other tests of this application publish models too: the count holds the demo models, never fewer.
        assertThat(((Number) ((Map<?, ?>) body.get("counts")).get("79")).longValue())
                .isPositive()
                .isGreaterThanOrEqualTo(inTheCity);
    }

    @Test
    void criteriaInForceForALevelAndYear() {
        client().get()
                .uri("/api/criteria?level=GRASSROOTS&year=2026&audience=MODEL")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'local-plan-2026')].criteria.length()")
                .value(lengths -> assertThat(lengths.toString()).isEqualTo("[8]"));
        client().get()
                .uri("/api/criteria?level=NOWHERE&year=2026")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("Cấp công nhận"));
    }
}
