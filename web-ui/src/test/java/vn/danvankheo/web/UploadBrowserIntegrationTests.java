package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import vn.danvankheo.accounts.AccountDirectory;

/**
 * A contributor uploads a photo through the page in Debian's headless Chromium: the parts go from the browser to the
 * real S3 store, the progress bar reaches 100% and the thumbnail made by the site appears.
 */
class UploadBrowserIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startChromium() throws Exception {
        profile = Files.createTempDirectory("dvk-chromium");
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void aPhotoUploadedThroughThePageReaches100PercentAndShowsItsThumbnail() {
        String username = UploadEndpointsIntegrationTests.contributor(accounts);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(baseUrl() + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(UploadEndpointsIntegrationTests.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/tai-khoan"));
        browser.findElement(By.cssSelector("a.upload-link")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/tai-len"));

        browser.findElement(By.id("upload-file"))
                .sendKeys(UploadEndpointsIntegrationTests.PHOTO
                        .toAbsolutePath()
                        .normalize()
                        .toString());

        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload-item")));
        wait.until(
                b -> item.findElement(By.className("upload-status")).getText().equals("Đã tải xong")
                        || item.getAttribute("class").contains("upload-failed"));
        assertThat(item.findElement(By.className("upload-status")).getText()).isEqualTo("Đã tải xong");
        assertThat(item.findElement(By.className("upload-percent")).getText()).isEqualTo("100%");
        assertThat(item.findElement(By.tagName("progress")).getAttribute("value"))
                .isEqualTo("100");
        WebElement thumbnail = item.findElement(By.cssSelector("img.upload-thumbnail"));
        wait.until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", thumbnail));
        assertThat(thumbnail.getAttribute("src")).matches(baseUrl() + "/media/[0-9a-f-]{36}\\?w=320");
        assertThat(Integer.parseInt(thumbnail.getAttribute("naturalWidth"))).isEqualTo(320);
    }
}
