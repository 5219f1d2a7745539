package vn.danvankheo.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/** Debian's Chromium and chromedriver with a throwaway profile; nothing is downloaded, Selenium Manager never runs. */
public final class HeadlessChromium implements AutoCloseable {

    private final Path profile;
    private final WebDriver browser;

    public HeadlessChromium() throws IOException {
        profile = Files.createTempDirectory("dvk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("dvk.chromium", "/usr/bin/chromium"));
        // The flags keep Chromium off the network this machine does not have.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("dvk.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    public WebDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
