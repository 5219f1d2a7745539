package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The demo family (an original in Can Lộc, Hà Tĩnh, replicated over four generations into Nghệ An and Thanh Hóa) on
 * its page without scripts, in English, and as GeoJSON.
 */
class ReplicationMapIntegrationTests extends DemoSiteIntegrationTest {

    static final String ROOT = "can-loc-hien-dat-mo-rong-duong-lien-thon";
    static final String SECOND_GENERATION = "hung-nguyen-hien-dat-mo-duong-thon";
    private static final Pattern MEMBER_ROW =
            Pattern.compile("<tr[^>]*data-slug=\"([^\"]+)\"(?:\\s+data-from=\"([^\"]*)\")?\\s+data-year=\"(\\d{4})\"");

    @BeforeEach
    void demoLoaded() {
        awaitDemoMarkers();
    }

    @Test
    void thePageListsTheFamilyByYearWithoutScripts() {
        String html = page("/mo-hinh/" + SECOND_GENERATION + "/nhan-rong", 200);

        List<String> rows = new ArrayList<>();
        Matcher row = MEMBER_ROW.matcher(html);
        while (row.find()) {
            rows.add(row.group(3) + " " + row.group(1) + " < " + row.group(2));
        }
        assertThat(rows)
                .containsExactly(
                        "2023 " + ROOT + " < null",
                        "2024 duc-tho-hien-dat-mo-rong-duong-ngo-xom < " + ROOT,
                        "2024 nam-dan-hien-dat-lam-duong-lien-xom < " + ROOT,
                        "2025 thach-ha-hien-dat-lam-duong-ra-dong < duc-tho-hien-dat-mo-rong-duong-ngo-xom",
                        "2025 " + SECOND_GENERATION + " < nam-dan-hien-dat-lam-duong-lien-xom",
                        "2026 hoang-hoa-hien-dat-mo-rong-duong-lang < " + SECOND_GENERATION);
        assertThat(html)
                .contains(
                        "<h1>Quá trình nhân rộng: Mỗi hộ một mét đất mở đường thôn</h1>",
                        "Đến năm 2026: 6 mô hình tại 6 xã, phường thuộc 3 tỉnh, thành phố, qua 4 thế hệ",
                        "data-label=\"2023: 1 xã, 1 tỉnh\"",
                        "data-label=\"2024: 3 xã, 2 tỉnh\"",
                        "data-label=\"2025: 5 xã, 2 tỉnh\"",
                        "data-label=\"2026: 6 xã, 3 tỉnh\"",
                        "<td>Xã Hoằng Hoá</td>",
                        "<td>Tỉnh Thanh Hoá</td>",
                        "(mô hình gốc)",
                        "href=\"/api/map/models/" + SECOND_GENERATION + "/family\"")
                // The map and its year control need scripts; without them the tables say it all.
                .containsPattern("<section id=\"spread-map-section\"[^>]*hidden");
    }

    @Test
    void thePageSpeaksEnglishWhenAsked() {
        String html = page("/mo-hinh/" + ROOT + "/nhan-rong?lang=en", 200);

        assertThat(html)
                .contains(
                        "How it spread: Hiến đất, góp công mở rộng đường liên thôn",
                        "By 2026: 6 models in 6 communes and wards of 3 provinces and cities, over 4 generations",
                        "data-label=\"2024: 3 communes, 2 provinces\"",
                        "Learned from")
                .doesNotContain("Học tập từ");
    }

    @Test
    void theModelPageLinksToTheSpreadOnlyWhenThereIsAFamily() {
        String withFamily = page("/mo-hinh/" + ROOT, 200);
        String withoutFamily = page("/mo-hinh/si-ma-cai-nep-song-van-minh-viec-cuoi-viec-tang", 200);

        assertThat(withFamily)
                .contains("href=\"/mo-hinh/" + ROOT + "/nhan-rong\"", "Xem quá trình nhân rộng trên bản đồ");
        assertThat(withoutFamily).doesNotContain("/nhan-rong", "Xem quá trình nhân rộng");
        assertThat(page("/mo-hinh/si-ma-cai-nep-song-van-minh-viec-cuoi-viec-tang/nhan-rong", 404))
                .contains("Không tìm thấy mô hình");
        assertThat(page("/mo-hinh/khong-co-mo-hinh-nay/nhan-rong", 404)).contains("Không tìm thấy mô hình");
    }

    @Test
    void theFamilyIsGeoJsonWithPointsLinesAndTheSpreadByYear() {
        Map<String, Object> body = client().get()
                .uri("/api/map/models/" + SECOND_GENERATION + "/family")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/geo+json")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).containsEntry("type", "FeatureCollection").containsEntry("root", ROOT);
        assertThat(body).containsEntry("generations", 4).containsEntry("truncated", false);
        List<Map<String, Object>> features = (List<Map<String, Object>>) body.get("features");
        List<Map<String, Object>> points = features.stream()
                .filter(feature -> "Point".equals(geometry(feature).get("type")))
                .toList();
        assertThat(points).hasSize(6);
        Map<String, Object> root = points.stream()
                .filter(point -> ROOT.equals(point.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(geometry(root).get("coordinates")).isEqualTo(List.of(105.767002, 18.484717));
        assertThat((Map<String, Object>) root.get("properties"))
                .containsEntry("root", true)
                .containsEntry("generation", 0)
                .containsEntry("province", "Tỉnh Hà Tĩnh")
                .containsEntry("url", "/mo-hinh/" + ROOT);
        List<Map<String, Object>> lines = features.stream()
                .filter(feature -> "LineString".equals(geometry(feature).get("type")))
                .toList();
        assertThat(lines)
                .extracting(line -> ((Map<String, Object>) line.get("properties")).get("to"))
                .containsExactlyInAnyOrder(
                        "duc-tho-hien-dat-mo-rong-duong-ngo-xom",
                        "nam-dan-hien-dat-lam-duong-lien-xom",
                        "thach-ha-hien-dat-lam-duong-ra-dong",
                        SECOND_GENERATION,
                        "hoang-hoa-hien-dat-mo-rong-duong-lang");
        assertThat((List<Map<String, Object>>) body.get("years"))
                .extracting(year -> year.get("year") + ": " + year.get("communes") + "/" + year.get("provinces"))
                .containsExactly("2023: 1/1", "2024: 3/2", "2025: 5/2", "2026: 6/3");
    }

    @Test
    void anUnknownModelIsANotFoundProblemAndAParameterIsRefused() {
        client().get()
                .uri("/api/map/models/khong-co-mo-hinh-nay/family")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("khong-co-mo-hinh-nay"));
        client().get()
                .uri("/api/map/models/" + ROOT + "/family?year=2024")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static Map<String, Object> geometry(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("geometry");
    }
}
