package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's first visit, in Debian's headless Chromium: the map, the demo marker, its page and its photo. */
class MapBrowserIntegrationTests extends DemoSiteIntegrationTest {

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

        browser.get(baseUrl() + "/");
        WebElement marker = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("img.leaflet-marker-icon[title=\"" + name + "\"]")));
        marker.click();
        WebElement link =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".leaflet-popup a.model-link")));
        assertThat(link.getText()).isEqualTo(name);
        link.click();

        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/mo-hinh/" + demo.get("slug")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        WebElement photo = browser.findElement(By.cssSelector("img.model-photo"));
        wait.until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", photo));
        assertThat(photo.getAttribute("naturalWidth")).isEqualTo("1200");
        assertThat(photo.getAttribute("src")).startsWith(baseUrl() + "/media/");
    }
}
