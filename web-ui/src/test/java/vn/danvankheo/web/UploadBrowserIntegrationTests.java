package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import vn.danvankheo.accounts.Role;

/**
 * A contributor uploads a photo through the page in Debian's headless Chromium: the parts go from the browser to the
 * real S3 store, the progress bar reaches 100% and the thumbnail made by the site appears.
 */
class UploadBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private HeadlessChromium chromium;
    private WebDriver browser;
    private Path files;

    @BeforeEach
    void startChromium() throws Exception {
        files = Files.createTempDirectory("dvk-upload-");
        chromium = new HeadlessChromium();
        browser = chromium.browser();
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
        FileSystemUtils.deleteRecursively(files.toFile());
    }

    @Test
    void aPhotoUploadedThroughThePageReaches100PercentAndShowsItsThumbnail() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        openUploadPage(wait);

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

    @Test
    void aFileChosenAgainAfterAnInterruptionSendsOnlyTheMissingParts() throws Exception {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        openUploadPage(wait);
        Path video = Files.createTempFile(files, "hoi-nghi-", ".mp4");
        Files.write(video, videoOf(16 * 1024 * 1024 + 100_000));
        long lastModified = Files.getLastModifiedTime(video).toMillis();
        String fileName = video.getFileName().toString();
        // The first attempt, as the page made it before the connection dropped: started, part 1 of 2 in storage.
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        String csrf = browser.manage().getCookieNamed("XSRF-TOKEN").getValue();
        var signedIn = new SignedInSession(session, csrf);
        Map<?, ?> started = signedIn.json(client().post().uri("/api/uploads"))
                .bodyValue(Map.of("kind", "VIDEO", "fileName", fileName, "size", Files.size(video)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String id = (String) started.get("id");
        Map<?, ?> urls = signedIn.json(client().post().uri("/api/uploads/" + id + "/part-urls"))
                .bodyValue(Map.of("parts", List.of(1)))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        byte[] first = Arrays.copyOf(Files.readAllBytes(video), 16 * 1024 * 1024);
        HttpResponse<String> put = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create((String) ((Map<?, ?>) urls.get("urls")).get("1")))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(first))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "localStorage.setItem(arguments[0], arguments[1]);",
                        "dvk-upload:" + fileName + ":" + Files.size(video) + ":" + lastModified,
                        id);
        browser.navigate().refresh();

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload-kind"))).selectByValue("VIDEO");
        browser.findElement(By.id("upload-file")).sendKeys(video.toString());

        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload-item")));
        wait.until(
                b -> item.findElement(By.className("upload-status")).getText().equals("Đã tải xong")
                        || item.getAttribute("class").contains("upload-failed"));
        assertThat(item.findElement(By.className("upload-status")).getText()).isEqualTo("Đã tải xong");
        assertThat(item.findElement(By.className("upload-percent")).getText()).isEqualTo("100%");
        @SuppressWarnings("unchecked")
        List<String> sentParts = (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return performance.getEntriesByType('resource').map(e => e.name)"
                                        + ".filter(n => n.includes('partNumber=')).map(n => new URL(n).searchParams.get('partNumber'));");
        assertThat(sentParts).containsExactly("2");
        client().get()
                .uri("/api/uploads/" + id)
                .cookie("SESSION", session)
                .exchange()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("COMPLETED");
    }

    private void openUploadPage(WebDriverWait wait) {
        signIn(browser, openAccount(Role.CONTRIBUTOR, UploadEndpointsIntegrationTests.UNIT, "00004"), PASSWORD);
        browser.findElement(By.cssSelector("a.upload-link")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/tai-len"));
    }

    /** Noise behind a real MP4 file-type box: a video is recognised by its first bytes only. */
    private static byte[] videoOf(int size) {
        byte[] video = new byte[size];
        new Random(size).nextBytes(video);
        byte[] header = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        System.arraycopy(header, 0, video, 0, header.length);
        return video;
    }
}
