package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.danvankheo.testing.ExternalCommand;

/**
 * axe-core, installed from the npm registry by its ordinary client and handed to the page by the test (no page loads
 * it from anywhere), finds no serious or critical violation on the home page, a model page, the map with its list,
 * the spread of a model and the embed page.
 */
class AccessibilityBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private static final String AXE_VERSION = "4.14.1";
    private static final Path AXE_HOME = Path.of("target", "axe");
    private static String axe;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeAll
    static void installAxe() throws IOException {
        Path script = AXE_HOME.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            Files.createDirectories(AXE_HOME);
            ExternalCommand.run(
                    Duration.ofMinutes(5),
                    List.of(
                            "npm",
                            "install",
                            "--no-audit",
                            "--no-fund",
                            "--prefix",
                            AXE_HOME.toString(),
                            "axe-core@" + AXE_VERSION));
        }
        axe = Files.readString(script);
    }

    @BeforeEach
    void startChromium() throws Exception {
        awaitDemoMarkers();
        chromium = new HeadlessChromium();
        browser = chromium.browser();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theHomePage() {
        assertNoSeriousViolation("/");
    }

    @Test
    void aModelPage() {
        assertNoSeriousViolation("/mo-hinh/" + demoModels().get(0).get("slug"));
    }

    @Test
    void theMapWithItsList() {
        assertNoSeriousViolation("/ban-do");
    }

    @Test
    void theSpreadOfAModel() {
        assertNoSeriousViolation("/mo-hinh/" + ReplicationMapIntegrationTests.ROOT + "/nhan-rong");
    }

    @Test
    void theEmbedPage() {
        assertNoSeriousViolation("/nhung?bbox=102.1,8.2,109.5,23.4&zoom=5");
    }

    private void assertNoSeriousViolation(String path) {
        browser.get(baseUrl() + path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(By.cssSelector("#map")).isEmpty()
                        || !b.findElements(By.cssSelector(".leaflet-marker-icon"))
                                .isEmpty());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((results) => done(results.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))))
                  .catch((e) => done([{ id: 'axe-failed', help: String(e) }]));
                """);
        assertThat(violations)
                .as("serious or critical axe-core violations on %s", path)
                .isEmpty();
    }
}
