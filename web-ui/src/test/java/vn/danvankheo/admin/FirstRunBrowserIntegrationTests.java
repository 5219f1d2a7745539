package vn.danvankheo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.FirstAdministrator;
import vn.danvankheo.accounts.PasswordMails;
import vn.danvankheo.testing.TestServices;
import vn.danvankheo.web.HeadlessChromium;

/**
 * The first run as people live it, in Debian's headless Chromium on an application of its own over an empty database
 * (no demo data): the README's command opens the first administrator, who chooses a password through the printed
 * link, creates a unit, and invites a contributor of it and a moderator; each accepts the mailed invitation in a
 * browser of their own; the contributor registers a model through the form, the moderator approves it, and the public
 * map lists it. Every step is a click or a typed field, so a step nobody can reach fails the test.
 */
class FirstRunBrowserIntegrationTests {

    private static final String PASSWORD = "mat-khau-lan-dau-2026";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/dat-mat-khau/\\S+");
    private static final String MODEL = "Thôn Lử Thẩn không còn hộ nghèo";

    private static ConfigurableApplicationContext site;
    private static String baseUrl;
    private static Path mailFolder;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws IOException {
        int port = freePort();
        baseUrl = "http://localhost:" + port;
        mailFolder = Files.createTempDirectory("dvk-first-run-mail");
        Map<String, Object> properties = new HashMap<>();
        TestServices.isolated("first-run").register((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", port);
        properties.put("dvk.demo.enabled", "false");
        properties.put("dvk.places.data-directory", "../data/vn-admin");
        properties.put("dvk.criteria.directory", "../data/criteria");
        properties.put("dvk.site.tile-url", "");
        properties.put("dvk.mail.folder", mailFolder);
        properties.put("dvk.mail.site-url", baseUrl);
        properties.put("dvk.catalog.outbox-poll-interval", "100ms");
        properties.put("dvk.catalog.outbox-max-backoff", "1s");
        // As arguments, which outrank the DVK_* environment, so this instance never opens another database.
        site = new SpringApplicationBuilder(DanVanKheoApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
        assertThat(site.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(properties.get("spring.datasource.url"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (mailFolder != null) {
            FileSystemUtils.deleteRecursively(mailFolder.toFile());
        }
    }

    @Test
    void fromAnEmptyDatabaseTheFirstAdministratorGetsAModelOntoThePublicMap() throws IOException {
        assertThat(site.getBean(AccountDirectory.class).anyAdministrator())
                .as("the database starts without any account")
                .isFalse();
        String firstLink = firstAdministratorCommand("quan.tri@example.vn");

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriver administrator = chromium.browser();
            choosePasswordAndSignIn(administrator, firstLink, "quan.tri");
            click(administrator, By.linkText("Quản trị"));
            click(administrator, By.linkText("Cơ quan, đơn vị"));
            administrator.findElement(By.id("name")).sendKeys("Chi bộ thôn Lử Thẩn");
            new Select(administrator.findElement(By.id("kind"))).selectByVisibleText("Chi bộ");
            administrator.findElement(By.id("communeCode")).sendKeys("02809");
            submit(administrator, By.cssSelector("form.unit-form button[type=submit]"));
            assertThat(notice(administrator)).isEqualTo("Đã tạo đơn vị \"Chi bộ thôn Lử Thẩn\".");

            click(administrator, By.linkText("Tài khoản"));
            invite(administrator, "ctv.lu.than@example.vn", "ctv-lu-than", "Vàng Thị Mai", "Cộng tác viên của đơn vị");
            new Select(administrator.findElement(By.id("unitId"))).selectByVisibleText("Chi bộ thôn Lử Thẩn");
            submit(administrator, By.cssSelector("form.invite-form button[type=submit]"));
            assertThat(notice(administrator)).startsWith("Đã mời ctv-lu-than.");

            invite(
                    administrator,
                    "kiem.duyet.lao.cai@example.vn",
                    "kd-lao-cai",
                    "Lò Văn Sính",
                    "Người kiểm duyệt của địa bàn");
            administrator.findElement(By.id("provinceCode")).sendKeys("15");
            submit(administrator, By.cssSelector("form.invite-form button[type=submit]"));
            assertThat(notice(administrator)).startsWith("Đã mời kd-lao-cai.");
        }

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriver contributor = chromium.browser();
            choosePasswordAndSignIn(contributor, mailedLink("ctv.lu.than@example.vn"), "ctv-lu-than");
            click(contributor, By.linkText("Đăng ký mô hình"));
            type(contributor, "name", MODEL);
            type(contributor, "ownerName", "Chi bộ thôn Lử Thẩn");
            new Select(contributor.findElement(By.id("field"))).selectByIndex(1);
            type(contributor, "yearStarted", "2025");
            type(contributor, "communeCode", "02809");
            type(contributor, "coordinates", "22.680118, 104.28531");
            type(contributor, "summary", "Chi bộ vận động các hộ đổi giống ngô và nuôi bò theo tổ hợp tác.");
            type(
                    contributor,
                    "story",
                    "Năm 2025 chi bộ cùng các hộ lập tổ hợp tác nuôi bò.\n\nCuối năm thôn không còn hộ nghèo.");
            submit(contributor, By.cssSelector("form.model-form button[type=submit]"));
            WebElement row = contributor.findElement(By.xpath("//tr[td[normalize-space()='" + MODEL + "']]"));
            row.findElement(By.xpath(".//button[normalize-space()='Gửi duyệt']"))
                    .click();
            wait(contributor)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đang chờ duyệt"));
        }

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriver moderator = chromium.browser();
            choosePasswordAndSignIn(moderator, mailedLink("kiem.duyet.lao.cai@example.vn"), "kd-lao-cai");
            click(moderator, By.linkText("Hàng chờ duyệt"));
            click(moderator, By.linkText(MODEL));
            submit(moderator, By.xpath("//button[normalize-space()='Duyệt công bố phiên bản này']"));
        }

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriver visitor = chromium.browser();
            visitor.get(baseUrl + "/ban-do");
            // The map's list comes from the search index, which the catalog's outbox fills a moment after approval;
            // the page's script redraws the list too, so an item read while it does so is read again.
            String listed = new WebDriverWait(visitor, Duration.ofSeconds(90), Duration.ofSeconds(2))
                    .ignoring(StaleElementReferenceException.class)
                    .until(browser -> {
                        String items =
                                browser.findElement(By.id("model-list-items")).getText();
                        if (items.contains(MODEL)) {
                            return items;
                        }
                        browser.navigate().refresh();
                        return null;
                    });
            assertThat(listed).contains(MODEL, "Si Ma Cai");
        }
    }

    /** What {@code ./dvk admin create} runs, with what it prints read back as its user reads the terminal. */
    private static String firstAdministratorCommand(String email) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FirstAdministratorCommand command = new FirstAdministratorCommand(
                site.getBean(FirstAdministrator.class), site.getBean(PasswordMails.class), site, email);
        int status = command.run(email, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        Matcher link = LINK.matcher(output);
        assertThat(link.find()).as(output).isTrue();
        assertThat(link.group()).startsWith(baseUrl);
        return link.group();
    }

    private static void choosePasswordAndSignIn(WebDriver browser, String link, String username) {
        browser.get(link);
        type(browser, "password", PASSWORD);
        type(browser, "confirmation", PASSWORD);
        submit(browser, By.cssSelector("form.sign-in-form button[type=submit]"));
        wait(browser).until(ExpectedConditions.urlContains("/dang-nhap"));
        type(browser, "username", username);
        type(browser, "password", PASSWORD);
        submit(browser, By.cssSelector("form[action$='/dang-nhap'] button[type=submit]"));
        wait(browser).until(ExpectedConditions.urlContains("/tai-khoan"));
    }

    private static void invite(WebDriver browser, String email, String username, String name, String role) {
        type(browser, "email", email);
        type(browser, "username", username);
        type(browser, "displayName", name);
        new Select(browser.findElement(By.id("role"))).selectByVisibleText(role);
    }

    /** The link in the newest mail to this address, as the invitee opens it from their inbox. */
    private static String mailedLink(String email) throws IOException {
        try (Stream<Path> mails = Files.list(mailFolder)) {
            Optional<String> link = mails.sorted(Comparator.reverseOrder())
                    .map(FirstRunBrowserIntegrationTests::read)
                    .filter(mail -> mail.contains("\nTo: " + email + "\n"))
                    .map(LINK::matcher)
                    .filter(Matcher::find)
                    .map(Matcher::group)
                    .findFirst();
            assertThat(link).as("an invitation mailed to " + email).isPresent();
            return link.get();
        }
    }

    private static String read(Path mail) {
        try {
            return Files.readString(mail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String notice(WebDriver browser) {
        return browser.findElement(By.cssSelector("p.notice")).getText();
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = wait(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(WebDriver browser, By link) {
        wait(browser).until(ExpectedConditions.elementToBeClickable(link)).click();
    }

    /** Submits and waits for the next page, so what follows reads the answer rather than the form. */
    private static void submit(WebDriver browser, By button) {
        WebElement pressed = wait(browser).until(ExpectedConditions.elementToBeClickable(button));
        pressed.click();
        wait(browser).until(ExpectedConditions.stalenessOf(pressed));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
