package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/**
 * A person's visit in Debian's headless Chromium: the map, its list and its address moving together, a demo marker,
 * its page and its photo.
 */
class MapBrowserIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
        awaitDemoMarkers();
        chromium = new HeadlessChromium();
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theDemoMarkerLeadsToItsPageAndThePhotoLoads() {
        Map<String, Object> demo = demoModels().get(0);
        String name = (String) demo.get("name");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/ban-do");
        By marker = By.cssSelector(".leaflet-marker-icon.model-marker[title^=\"" + name + " (\"]");
        wait.until(ExpectedConditions.elementToBeClickable(marker)).click();
        // Opening the popup may pan the map, and the markers of the new view are drawn again: a link found just
        // before can be replaced by the same link, so it is looked up again (and the marker clicked again if the
        // popup went with the old markers) until the click lands.
        wait.ignoring(StaleElementReferenceException.class).until(b -> {
            List<WebElement> links = b.findElements(By.cssSelector(".leaflet-popup a.model-link"));
            if (links.isEmpty()) {
                b.findElement(marker).click();
                return false;
            }
            // While the popup fades in, its link is not displayed yet and WebDriver reads its text as empty.
            if (!links.get(0).isDisplayed()) {
                return false;
            }
            assertThat(links.get(0).getText()).isEqualTo(name);
            links.get(0).click();
            return true;
        });

        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/mo-hinh/" + demo.get("slug")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        WebElement photo = browser.findElement(By.cssSelector("img.model-photo"));
        wait.until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo));
        // The page is 54rem wide here: of the renditions offered by width, the browser takes the largest.
        assertThat(photo.getDomProperty("currentSrc")).matches(baseUrl() + "/media/[0-9a-f-]{36}\\?w=1600");
    }

    /** A phone needs no more than the 800-pixel rendition of the photo that fills its width. */
    @Test
    void onAPhoneTheModelPageAsksForAPhotoAsWideAsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/mo-hinh/" + demoModels().get(0).get("slug"));
        WebElement photo = browser.findElement(By.cssSelector("img.model-photo"));
        wait.until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo));
        assertThat(photo.getDomProperty("currentSrc")).matches(baseUrl() + "/media/[0-9a-f-]{36}\\?w=800");
        assertThat(photo.getAttribute("fetchpriority")).isEqualTo("high");
    }

    /** Leaflet and the outlines cost a phone most of its first seconds: the locator map below is fetched on approach. */
    @Test
    void theModelPageFetchesItsLocatorMapOnlyWhenItComesNear() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) browser;

        browser.get(baseUrl() + "/mo-hinh/" + demoModels().get(0).get("slug"));
        wait.until(b -> "complete".equals(js.executeScript("return document.readyState;")));
        assertThat((Boolean) js.executeScript("return document.getElementById('locator-map')"
                        + ".getBoundingClientRect().top > 2 * window.innerHeight;"))
                .as("the locator map starts well below the first screen")
                .isTrue();
        assertThat(js.executeScript("return typeof window.L;")).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("script[src*='leaflet'], link[href*='leaflet']")))
                .isEmpty();

        js.executeScript("document.getElementById('locator-map').scrollIntoView();");
        wait.until(b -> !b.findElements(By.cssSelector("#locator-map.leaflet-container .leaflet-overlay-pane path"))
                .isEmpty());
    }

    @Test
    void theListAndTheMapShowTheSameModelsAndTheAddressKeepsTheFilterThroughBackAndForward() {
        int all = demoModels().size();
        long culture = demoModels().stream()
                .filter(demo -> "CULTURE_SOCIETY_PEOPLE".equals(demo.get("field")))
                .count();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/ban-do");
        // Other tests of this application publish models too: the map and the list agree, the demo models among them.
        wait.until(b -> shown(b) >= all && listed(b) == shown(b));
        long everything = shown(browser);
        assertThat(culture).isLessThan(all);

        new Select(browser.findElement(By.name("field"))).selectByValue("CULTURE_SOCIETY_PEOPLE");
        wait.until(b -> b.getCurrentUrl().contains("field=CULTURE_SOCIETY_PEOPLE"));
        wait.until(b -> shown(b) >= culture && shown(b) < everything && listed(b) == shown(b));
        String filtered = browser.getCurrentUrl();
        assertThat(filtered).contains("bbox=", "zoom=");

        browser.navigate().back();
        wait.until(b -> !b.getCurrentUrl().contains("field="));
        wait.until(b -> shown(b) == everything && listed(b) == everything);
        assertThat(new Select(browser.findElement(By.name("field")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();

        browser.navigate().forward();
        wait.until(b -> b.getCurrentUrl().contains("field=CULTURE_SOCIETY_PEOPLE"));
        wait.until(b -> shown(b) >= culture && shown(b) < everything && listed(b) == shown(b));

        // A copied link opens the same view with the same filter.
        browser.get(baseUrl() + "/");
        browser.get(filtered);
        wait.until(b -> shown(b) >= culture && shown(b) < everything && listed(b) == shown(b));
        assertThat(new Select(browser.findElement(By.name("field")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("CULTURE_SOCIETY_PEOPLE");
    }

    @Test
    void onAPhoneTheListIsASheetUnderTheMapAndThePageDoesNotScroll() {
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/ban-do");
        wait.until(b -> listed(b) >= demoModels().size());

        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        WebElement map = browser.findElement(By.id("map"));
        WebElement list = browser.findElement(By.cssSelector(".model-list"));
        assertThat(list.getRect().getY())
                .isGreaterThanOrEqualTo(map.getRect().getY() + map.getRect().getHeight());
        // The filters come closed, so the map keeps a good part of the screen; a tap opens them.
        WebElement field = browser.findElement(By.name("field"));
        assertThat(field.isDisplayed()).isFalse();
        Number screen = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
        assertThat(map.getRect().getHeight()).isGreaterThanOrEqualTo(screen.intValue() / 3);

        browser.findElement(By.cssSelector("#filter-panel summary")).click();
        wait.until(ExpectedConditions.visibilityOf(field));
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        assertThat(map.getRect().getHeight()).isPositive();
    }

    @Test
    void onAWideScreenTheFiltersAreOpenBesideTheMap() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/ban-do");
        wait.until(b -> listed(b) >= demoModels().size());

        assertThat(browser.findElement(By.name("field")).isDisplayed()).isTrue();
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
    }

    private int pageOverflow() {
        return ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollHeight - window.innerHeight;"))
                .intValue();
    }

    /**
     * A reader finds a commune by name: the map zooms to it, the list keeps to its models, communes are coloured by
     * their counts under a legend that says so, and back returns to the country.
     */
    @Test
    void theCommunePickerZoomsToTheCommuneAndFiltersByIt() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(baseUrl() + "/ban-do");
        wait.until(b -> shown(b) >= demoModels().size() && listed(b) == shown(b));

        browser.findElement(By.id("place-picker-q")).sendKeys("Si Ma Cai");
        By match = By.xpath("//ul[@id='place-picker-results']//button[starts-with(., 'Xã Si Ma Cai')]");
        wait.until(ExpectedConditions.elementToBeClickable(match)).click();

        wait.until(b -> b.getCurrentUrl().contains("commune=02809"));
        wait.until(b -> listed(b) >= 1
                && b.findElements(By.cssSelector("#model-list-items .model-list-place")).stream()
                        .allMatch(place -> place.getText().startsWith("Xã Si Ma Cai")));
        assertThat(browser.findElement(By.id("commune-chosen-name")).getText()).isEqualTo("Xã Si Ma Cai");
        assertThat(zoom(browser)).isGreaterThanOrEqualTo(10);
        assertThat(browser.findElement(By.id("legend-title")).getText()).isEqualTo("Số mô hình mỗi xã, phường");
        // The chosen commune is shaded by its count; its neighbours, with none under this filter, stay pale.
        wait.until(b -> b.findElements(By.cssSelector(".leaflet-overlay-pane path[fill-opacity='0.55']")).stream()
                .anyMatch(path -> !"#f4f1ea".equals(path.getAttribute("fill"))));

        browser.navigate().back();
        wait.until(b -> !b.getCurrentUrl().contains("commune="));
        wait.until(b -> shown(b) >= demoModels().size() && listed(b) == shown(b));
        assertThat(browser.findElement(By.id("commune-chosen")).isDisplayed()).isFalse();
    }

    private static int zoom(WebDriver browser) {
        String url = browser.getCurrentUrl();
        return Integer.parseInt(url.replaceAll(".*[?&]zoom=(\\d+).*", "$1"));
    }

    /** The news site is another origin: a page on a port of its own that frames the embed page. */
    @Test
    void aNewsSiteOnAnotherOriginFramesTheEmbedPage() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String embed = baseUrl() + "/nhung?bbox=102.1,8.2,109.5,23.4&zoom=5";
        byte[] newsPage = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Báo</title></head>"
                        + "<body><h1>Báo</h1><iframe id=\"dvk\" width=\"800\" height=\"500\" src=\"" + embed
                        + "\"></iframe></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer newsSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, newsPage.length);
            exchange.getResponseBody().write(newsPage);
            exchange.close();
        });
        newsSite.start();
        try {
            browser.get("http://127.0.0.1:" + newsSite.getAddress().getPort() + "/");
            browser.switchTo().frame("dvk");
            wait.until(b -> shown(b) >= demoModels().size());
            browser.switchTo().defaultContent();
        } finally {
            newsSite.stop(0);
        }
    }

    /**
     * Two models a few kilometres apart in Cần Lộc (the demo model there may join them) are, at the province's zoom,
     * closer than a finger can tell apart: they are drawn as one group with their count, no two targets closer than
     * 24 px, and the group, reached by keyboard, opens to the models themselves.
     */
    @Test
    void modelsTooCloseToTapApartAreOneGroupThatOpensToThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String west = published("Tổ tự quản phía tây " + suffix, 18.4700, 105.7400)
                .profile()
                .name();
        String east = published("Tổ tự quản phía đông " + suffix, 18.5000, 105.7900)
                .profile()
                .name();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/ban-do?bbox=104.7,17.9,106.8,19.1&zoom=8");
        wait.withMessage(() -> "models on the map " + shown(browser) + ", in the list " + listed(browser));
        wait.until(b -> listed(b) >= 2 && shown(b) == listed(b));
        assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon.model-marker[title^=\"Tổ tự quản\"]")))
                .isEmpty();
        assertThat(closestTargets()).isGreaterThanOrEqualTo(24);

        WebElement group = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const centre = (e) => { const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; };
                const [x, y] = centre(document.getElementById('map'));
                return Array.from(document.querySelectorAll('.leaflet-marker-icon.cluster'))
                  .map((e) => [Math.hypot(centre(e)[0] - x, centre(e)[1] - y), e]).sort((a, b) => a[0] - b[0])[0][1];
                """);
        assertThat(Long.parseLong(group.getText().replaceAll("\\D", ""))).isGreaterThanOrEqualTo(2);
        assertThat(countOffCentre(group))
                .as("the count's distance from the group's centre, px")
                .isLessThan(2.0);
        group.sendKeys(Keys.ENTER);

        for (String name : List.of(west, east)) {
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".leaflet-marker-icon.model-marker[title^=\"" + name + " (\"]")));
        }
        wait.until(b -> shown(b) == listed(b));
        assertThat(closestTargets()).isGreaterThanOrEqualTo(24);
    }

    /** How far a group's count is drawn from the centre of its circle, in CSS pixels. */
    private double countOffCentre(WebElement group) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                        const centre = (e) => { const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; };
                        const [gx, gy] = centre(arguments[0]);
                        const [cx, cy] = centre(arguments[0].querySelector('span'));
                        return Math.hypot(gx - cx, gy - cy);
                        """, group)).doubleValue();
    }

    /** The smallest distance between the centres of two markers or groups on the map, in CSS pixels. */
    private double closestTargets() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                        const centres = Array.from(document.querySelectorAll('.leaflet-marker-icon')).map((e) => {
                          const r = e.getBoundingClientRect();
                          return [r.x + r.width / 2, r.y + r.height / 2];
                        });
                        let closest = 1e9;
                        centres.forEach((a, i) => centres.slice(i + 1).forEach((b) => {
                          closest = Math.min(closest, Math.hypot(a[0] - b[0], a[1] - b[1]));
                        }));
                        return closest;
                        """)).doubleValue();
    }

    private ModelView published(String name, double latitude, double longitude) {
        NewModel model = new NewModel(
                null,
                unit("Ủy ban Mặt trận Tổ quốc xã Cần Lộc", null, "18406"),
                new ModelProfile(
                        name,
                        "Tổ tự quản thôn",
                        OwnerKind.COLLECTIVE,
                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                        2025,
                        "Bà con tự quản đường làng.",
                        "<p>Mỗi tháng một buổi làm đường.</p>"),
                new ModelLocation(latitude, longitude, "18406"),
                List.of(),
                null,
                null);
        ModelView registered = writes.register(Account.PLATFORM, model).block();
        return writes.publish(
                        Account.PLATFORM, registered.id(), registered.state().version())
                .block();
    }

    /** The models on the map: a marker each, and the count of each group of models too close to tell apart. */
    private static long shown(WebDriver browser) {
        // Counted in one go: the markers are drawn anew as answers arrive.
        return ((Number) ((JavascriptExecutor) browser).executeScript("""
                        return Array.from(document.querySelectorAll('.leaflet-marker-icon.cluster'))
                            .reduce((n, group) => n + Number(group.textContent.replace(/\\D/g, '')), 0)
                          + document.querySelectorAll('.leaflet-marker-icon.model-marker').length;
                        """)).longValue();
    }

    /**
     * How many models the list beside the map holds in all its pages: other tests of this application publish
     * models too, so the view may hold more than the list's first page.
     */
    private static long listed(WebDriver browser) {
        String total = browser.findElement(By.id("model-list-total")).getText().replaceAll("\\D", "");
        return total.isEmpty() ? -1 : Long.parseLong(total);
    }
}
