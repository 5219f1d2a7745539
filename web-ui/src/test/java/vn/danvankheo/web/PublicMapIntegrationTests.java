package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.danvankheo.accounts.Role;

/** The public map's endpoints and the pages around it, as a visitor or a search engine asks for them. */
class PublicMapIntegrationTests extends DemoSiteIntegrationTest {

    private static final String VIETNAM = "102.1,8.2,109.5,23.4";

    @BeforeEach
    void demoDataIsIn() {
        awaitDemoMarkers();
    }

    @Test
    void theClustersOfAViewAddUpToItsTotalAndFewModelsComeOneByOne() {
        Map<?, ?> body = get("/api/map/clusters?zoom=5&bbox=" + VIETNAM);
        Map<?, ?> list = get("/api/map/models?bbox=" + VIETNAM);

        List<Map<String, Map<String, Object>>> features = features(body);
        // Other tests of this application publish models too: the demo models are among them, never missing.
        assertThat(body.get("total")).isEqualTo(list.get("total"));
        assertThat(body.get("clustered")).isEqualTo(false);
        assertThat(features)
                .hasSize(((Number) body.get("total")).intValue())
                .allSatisfy(feature -> assertThat(feature.get("properties").get("url"))
                        .asString()
                        .startsWith("/mo-hinh/"));
        assertThat(features)
                .extracting(feature -> feature.get("properties").get("slug"))
                .containsAll(demoModels().stream().map(demo -> demo.get("slug")).toList());
    }

    @Test
    void theListShowsTheSameModelsAsTheMapSortedAndPaged() {
        Map<?, ?> map = get("/api/map/clusters?zoom=5&bbox=" + VIETNAM + "&field=CULTURE_SOCIETY_PEOPLE");
        Map<?, ?> list = get("/api/map/models?bbox=" + VIETNAM + "&field=CULTURE_SOCIETY_PEOPLE&sort=name");

        List<String> onTheMap = features(map).stream()
                .map(feature -> (String) feature.get("properties").get("slug"))
                .sorted()
                .toList();
        List<String> listed = ((List<Map<String, Object>>) list.get("models"))
                .stream().map(model -> (String) model.get("slug")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(onTheMap).isNotEmpty();
        assertThat(list.get("total")).isEqualTo(map.get("total"));
        List<String> names = ((List<Map<String, Object>>) list.get("models"))
                .stream().map(model -> (String) model.get("name")).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(list.get("page")).isEqualTo(1);
    }

    /**
     * A public read is answered without looking the visitor's session up (the map asks several a second, the same for
     * everyone), and with the site's headers. Seen from outside: a cookie of a session that has ended is cleared by a
     * page, which looks the session up, and left alone by the API, which does not.
     */
    @Test
    void aPublicApiReadLeavesTheSessionAloneAndTheApiStaysGuarded() {
        String ended = "phien-da-het-" + UUID.randomUUID();

        var read = client().get()
                .uri("/api/map/clusters?zoom=5&bbox=" + VIETNAM)
                .cookie("SESSION", ended)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("Content-Security-Policy")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(String.class)
                .returnResult();
        var page = client().get()
                .uri("/")
                .cookie("SESSION", ended)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();

        assertThat(read.getResponseCookies())
                .as("no session and no CSRF token for a read")
                .isEmpty();
        assertThat(page.getResponseCookies().getFirst("SESSION"))
                .as("a page looks the session up and clears the ended one")
                .isNotNull()
                .satisfies(cookie -> assertThat(cookie.getMaxAge()).isZero());
        SignedInSession session =
                SignedInSession.signIn(client(), openAccount(Role.CONTRIBUTOR, "Đoàn Thanh niên", "00004"), PASSWORD);
        assertThat(client().get()
                        .uri("/api/map/clusters?zoom=5&bbox=" + VIETNAM)
                        .cookie("SESSION", session.session())
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseCookies())
                .as("signed in, the same answer and nothing set")
                .isEmpty();
        // Other methods on the same paths still meet the site's rules: no CSRF token, refused.
        client().post()
                .uri("/api/map/clusters?zoom=5")
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anUnknownOrMalformedParameterIsAProblemDetailNeverIgnored() {
        assertBadRequest("/api/map/clusters?zoom=5&province=79&provnce=79", "\"provnce\" không được hỗ trợ");
        assertBadRequest("/api/map/clusters?zoom=5&province=HCM", "Mã tỉnh \"HCM\" không hợp lệ");
        assertBadRequest("/api/map/clusters?zoom=abc", "Mức phóng (zoom)");
        assertBadRequest("/api/map/clusters?bbox=" + VIETNAM, "Thiếu mức phóng");
        assertBadRequest("/api/map/models?sort=random", "Cách sắp xếp \"random\" không hợp lệ");
        assertBadRequest("/api/map/models?page=0", "Trang \"0\" không hợp lệ");
        assertBadRequest("/api/map/counts?hasVideo=maybe", "hasVideo");
        assertBadRequest("/api/map/markers?province=79&year=2026", "\"year\" không được hỗ trợ");
    }

    @Test
    void theProvinceFilterIsNoLongerIgnored() {
        List<Object> inHoChiMinhCity = demoModels().stream()
                .filter(demo -> "79".equals(demo.get("provinceCode")))
                .map(demo -> demo.get("slug"))
                .toList();
        List<Object> elsewhere = demoModels().stream()
                .filter(demo -> !"79".equals(demo.get("provinceCode")))
                .map(demo -> demo.get("slug"))
                .toList();

        List<Object> inTheCity = features(get("/api/map/clusters?zoom=5&bbox=" + VIETNAM + "&province=79")).stream()
                .map(feature -> feature.get("properties").get("slug"))
                .toList();
        List<Object> inHanoi = features(get("/api/map/clusters?zoom=5&bbox=" + VIETNAM + "&province=01")).stream()
                .map(feature -> feature.get("properties").get("slug"))
                .toList();

        assertThat(inHoChiMinhCity).isNotEmpty();
        assertThat(inTheCity).containsAll(inHoChiMinhCity).doesNotContainAnyElementsOf(elsewhere);
        assertThat(inHanoi).doesNotContainAnyElementsOf(inHoChiMinhCity);
    }

    @Test
    void theMapPageListsTheModelsWithoutScripts() {
        String html = page("/ban-do?field=CULTURE_SOCIETY_PEOPLE&sort=name", 200);

        assertThat(html).contains("id=\"model-list-items\"", "<option value=\"CULTURE_SOCIETY_PEOPLE\" selected");
        demoModels().stream()
                .filter(demo -> "CULTURE_SOCIETY_PEOPLE".equals(demo.get("field")))
                .forEach(demo -> assertThat(html).contains("/mo-hinh/" + demo.get("slug")));
        assertThat(page("/ban-do?provnce=79", 400)).contains("provnce", "không được hỗ trợ");
    }

    @Test
    void aBrowserKeepsTheMapsScriptsAndAsksWhetherTheyChanged() {
        for (String file : List.of("/js/map.js", "/css/site.css", "/webjars/leaflet/dist/leaflet.js")) {
            String lastModified = client().get()
                    .uri(file)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("Cache-Control", "no-cache")
                    .returnResult(String.class)
                    .getResponseHeaders()
                    .getFirst("Last-Modified");
            assertThat(lastModified).as(file).isNotBlank();
            client().get()
                    .uri(file)
                    .header("If-Modified-Since", lastModified)
                    .exchange()
                    .expectStatus()
                    .isNotModified();
        }
    }

    @Test
    void theMapAndTheEmbedPageSayTheCountOfTheirViewBeforeAnyScriptRuns() {
        // Other tests of this context publish models too: the count is the one the list of the same view gives.
        String listed = page("/ban-do?bbox=" + VIETNAM, 200)
                .replaceAll("(?s).*<span id=\"model-list-total\">([0-9.]+)</span>.*", "$1");
        String inView = ">" + listed + " mô hình trong vùng đang xem.</output>";

        assertThat(Integer.parseInt(listed.replace(".", "")))
                .isGreaterThanOrEqualTo(demoModels().size());
        assertThat(page("/ban-do?bbox=" + VIETNAM, 200)).contains(inView);
        assertThat(page("/nhung?bbox=" + VIETNAM + "&zoom=5", 200)).contains(inView);
        assertThat(page("/nhung?bbox=" + VIETNAM + "&zoom=5&field=SPORTS", 400))
                .contains("<output id=\"map-status\" role=\"status\" aria-live=\"polite\"></output>");
    }

    @Test
    void theHomePageSaysWhatDanVanKheoIsAndFindsAPlace() {
        String html = page("/", 200);

        assertThat(html)
                .contains("“Dân vận khéo” là phong trào", "<meta name=\"description\"", "Mô hình mới công bố")
                .contains("CC BY 4.0", "/tim-dia-ban");
        client().get()
                .uri("/tim-dia-ban?q=Ha Noi")
                .exchange()
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .value(
                        "Location",
                        location -> assertThat(location)
                                .as("the map opens on Hà Nội, filtered to it")
                                .matches("/ban-do\\?province=01&bbox=105\\.\\d+,20\\.\\d+,106\\.\\d+,21\\.\\d+"));
        assertThat(page("/tim-dia-ban?q=Xyzzyqq", 404)).contains("Không tìm thấy địa bàn nào");
    }

    @Test
    void searchEnginesGetRobotsAndASitemapOfEveryPublishedModel() {
        String robots = page("/robots.txt", 200);
        assertThat(robots).contains("User-agent: *", "Disallow: /api/", "Sitemap: " + baseUrl() + "/sitemap.xml");

        String sitemap = page("/sitemap.xml", 200);
        demoModels().forEach(demo -> assertThat(sitemap).contains(baseUrl() + "/mo-hinh/" + demo.get("slug") + "<"));
    }

    @Test
    void anUnknownPublicAddressIsAVietnamese404NotTheSignInPage() {
        assertThat(page("/khong-co-trang-nay", 404)).contains("Không tìm thấy trang");
        assertThat(page("/mo-hinh/a/b/c", 404)).contains("Không tìm thấy trang");
        client().get().uri("/tai-khoan").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void aModelPageHasOpenGraphTagsShareLinksAndNoEmptyPlan() {
        Map<String, Object> demo = demoModels().get(0);
        String html = page("/mo-hinh/" + demo.get("slug"), 200);

        assertThat(html)
                .contains("<meta property=\"og:title\" content=\"" + demo.get("name") + "\"")
                .contains("<meta property=\"og:url\" content=\"" + baseUrl() + "/mo-hinh/" + demo.get("slug") + "\"")
                .contains("og:image", "<meta name=\"description\"", "facebook.com/sharer", "id=\"locator-map\"");
        demoModels().forEach(model -> {
            String body = page("/mo-hinh/" + model.get("slug"), 200);
            if (body.contains("<h2>Kế hoạch thực hiện</h2>")) {
                assertThat(body).containsPattern("<h2>Kế hoạch thực hiện</h2>\\s*<h3>");
            }
        });
    }

    @Test
    void onlyTheEmbedPageMayBeFramedByOtherSites() {
        client().get()
                .uri("/nhung?field=CULTURE_SOCIETY_PEOPLE&bbox=" + VIETNAM + "&zoom=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*frame-ancestors \\*;.*")
                .expectHeader()
                .doesNotExist("X-Frame-Options")
                .expectBody(String.class)
                .value(html -> assertThat(html)
                        .contains("value=\"CULTURE_SOCIETY_PEOPLE\"", "Mở bản đồ đầy đủ")
                        // Indexable, and search engines are sent to the full map of the same view and filter.
                        .contains("<link rel=\"canonical\" href=\"" + baseUrl()
                                + "/ban-do?field=CULTURE_SOCIETY_PEOPLE&amp;bbox=" + VIETNAM + "&amp;zoom=5\">")
                        .doesNotContain("noindex"));
        client().get()
                .uri("/ban-do")
                .exchange()
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY");
        assertThat(page("/nhung?field=SPORTS", 400)).contains("SPORTS", "không có trong danh mục");
    }

    @Test
    void englishIsASwitchThatStaysOnEveryPublicPage() {
        client().get()
                .uri("/?lang=en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Set-Cookie", "lang=en;.*")
                .expectBody(String.class)
                .value(html ->
                        assertThat(html).contains("<html lang=\"en\"", "Open the map of models", "href=\"/?lang=vi\""));

        for (String path :
                List.of("/ban-do", "/mo-hinh/" + demoModels().get(0).get("slug"), "/nhung", "/khong-co-trang-nay")) {
            String html = client().get()
                    .uri(path)
                    .cookie("lang", "en")
                    .exchange()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(html).as(path).contains("<html lang=\"en\"");
        }
        assertThat(client().get()
                        .uri("/ban-do")
                        .cookie("lang", "en")
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("All fields", "Whole country", "Culture, society and building the Vietnamese people");
        assertThat(page("/ban-do?lang=vi", 200)).contains("<html lang=\"vi\"", "Tất cả lĩnh vực");
    }

    private void assertBadRequest(String uri, String message) {
        client().get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(message));
    }

    private Map<?, ?> get(String uri) {
        return client().get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private static List<Map<String, Map<String, Object>>> features(Map<?, ?> body) {
        return (List<Map<String, Map<String, Object>>>) body.get("features");
    }
}
