package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader follows the demo family's spread year by year with the keyboard and with "play": the map shows only the
 * models started up to the chosen year, and the count says how far it had spread.
 */
class ReplicationMapBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() throws Exception {
        awaitDemoMarkers();
        chromium = new HeadlessChromium();
        browser = chromium.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theYearControlShowsTheSpreadUpToTheChosenYear() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(baseUrl() + "/mo-hinh/" + ReplicationMapIntegrationTests.ROOT + "/nhan-rong");
        wait.until(b -> "6".equals(map().getAttribute("data-shown")));
        assertThat(drawn()).isEqualTo(new Drawn(1, 5, 5));
        assertThat(count()).isEqualTo("2026: 6 xã, 3 tỉnh");
        screenshots("nhan-rong-2026");

        WebElement year = browser.findElement(By.id("spread-year"));
        year.sendKeys(Keys.HOME);
        wait.until(b -> "2023".equals(map().getAttribute("data-year")));
        assertThat(drawn()).isEqualTo(new Drawn(1, 0, 0));
        assertThat(count()).isEqualTo("2023: 1 xã, 1 tỉnh");
        assertThat(year.getAttribute("aria-valuetext")).isEqualTo("2023: 1 xã, 1 tỉnh");

        year.sendKeys(Keys.ARROW_RIGHT);
        wait.until(b -> "2024".equals(map().getAttribute("data-year")));
        assertThat(drawn()).isEqualTo(new Drawn(1, 2, 2));
        assertThat(count()).isEqualTo("2024: 3 xã, 2 tỉnh");
        screenshots("nhan-rong-2024");

        // Every year "play" shows is recorded as it happens, however slowly this machine answers the test.
        ((JavascriptExecutor) browser).executeScript("""
                const map = document.getElementById('spread-map');
                window.shownYears = [];
                new MutationObserver(() => window.shownYears.push(map.dataset.year + ':' + map.dataset.shown))
                  .observe(map, { attributes: true, attributeFilter: ['data-year'] });
                """);
        browser.findElement(By.id("spread-play")).click();
        wait.until(b -> b.findElement(By.id("spread-play")).getText().contains("Phát"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.shownYears"))
                .isEqualTo(List.of("2025:5", "2026:6"));
        assertThat(drawn()).isEqualTo(new Drawn(1, 5, 5));
        assertThat(count()).isEqualTo("2026: 6 xã, 3 tỉnh");
    }

    /** What the map draws: the root's star, the replicas' dots and the lines to whom each learned from. */
    private record Drawn(int roots, int replicas, int links) {}

    private Drawn drawn() {
        return new Drawn(
                browser.findElements(By.cssSelector("#spread-map .spread-root-marker"))
                        .size(),
                browser.findElements(By.cssSelector("#spread-map path.spread-replica"))
                        .size(),
                browser.findElements(By.cssSelector("#spread-map path.spread-link"))
                        .size());
    }

    private WebElement map() {
        return browser.findElement(By.id("spread-map"));
    }

    private String count() {
        return browser.findElement(By.id("spread-count")).getText();
    }

    /** The map and its year control at desktop and phone sizes, then back to desktop. */
    private void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (var size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            ((JavascriptExecutor) browser).executeScript("document.getElementById('spread-year').scrollIntoView()");
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-" + size.getWidth() + ".png"), png);
        }
        browser.manage().window().setSize(new Dimension(1280, 800));
    }
}
