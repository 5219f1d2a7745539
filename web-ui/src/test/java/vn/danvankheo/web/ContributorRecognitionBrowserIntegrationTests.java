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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.honours.HonourEvents;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationStatus;
import vn.danvankheo.recognition.registrations.Registrations;

/**
 * The whole way in Chromium, as its people take it: a contributor finds the ward's plan from the navigation, registers
 * a model, records its launch and assesses it; the committee sends it back, the contributor resubmits; the committee
 * scores, recognises and honours it; the badge is on the public page. Screenshots at desktop and phone sizes are left
 * in {@code target/screenshots} for a person to look at.
 */
class ContributorRecognitionBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    ModelWrites writes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Registrations registrations;

    @Autowired
    Evaluations evaluations;

    @Autowired
    UnitRatings ratings;

    @Autowired
    HonourEvents honours;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() throws Exception {
        chromium = new HeadlessChromium();
        browser = chromium.browser();
        // The size the screenshots come back to, so that every step between them sees the same layout.
        browser.manage().window().setSize(new Dimension(1280, 800));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aModelGoesFromTheContributorsPagesToABadgeOnTheMap() throws Exception {
        RecognitionJourney journey = new RecognitionJourney(this, accounts, writes);
        ModelView model = journey.model("Lớp học tình thương tối thứ Năm");
        RecognitionJourney.plan(campaigns, RecognitionJourney.WARD_PLAN);

        signIn(browser, journey.contributorName, PASSWORD);
        browser.findElement(By.linkText("Thi đua")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/don-vi/thi-dua"));
        WebElement wardPlan =
                browser.findElement(By.xpath("//section[h3[text()='" + RecognitionJourney.WARD_PLAN + "']]"));
        new Select(wardPlan.findElement(By.name("mo-hinh")))
                .selectByVisibleText(model.profile().name());
        screenshots("thi-dua");
        wardPlan.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/don-vi/thi-dua/dang-ky"));
        assertThat(browser.findElement(By.cssSelector("input[name=kind][value=NEW]"))
                        .isSelected())
                .isTrue();
        browser.findElement(By.name("indicator-0")).sendKeys("Buổi học trong năm");
        browser.findElement(By.name("unit-0")).sendKeys("buổi");
        browser.findElement(By.name("value-0")).sendKeys("40");
        screenshots("dang-ky");
        browser.findElement(By.xpath("//button[text()='Gửi đăng ký']")).click();
        awaitNotice("Đã đăng ký mô hình vào đợt thi đua.");
        Registration registered = registrations.ofModel(model.id()).get(0);
        assertThat(registered.targets().get(0).indicator()).isEqualTo("Buổi học trong năm");

        WebElement day = browser.findElement(By.name("day"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-05'", day);
        browser.findElement(By.name("note")).sendKeys("Ra mắt tại nhà văn hoá khu phố, có Bí thư Đảng ủy phường dự");
        browser.findElement(By.xpath("//button[text()='Ghi lễ ra mắt']")).click();
        awaitNotice("Đã ghi lễ ra mắt của mô hình.");

        selfAssess("8", "Lớp duy trì hằng tuần, 30 em theo học");
        awaitNotice("Đã gửi bản tự đánh giá.");
        assertThat(registrations.get(registered.id()).status()).isEqualTo(RegistrationStatus.SELF_ASSESSED);

        evaluations.sendBack(journey.member, registered.id(), "Bổ sung ảnh buổi học và biên bản ra mắt");
        browser.findElement(By.linkText("Thi đua")).click();
        assertThat(browser.findElement(By.cssSelector("table.registrations")).getText())
                .contains("Trả lại để bổ sung, cấp cơ sở")
                .contains("Hội đồng trả lại: Bổ sung ảnh buổi học và biên bản ra mắt");
        browser.findElement(By.linkText(model.profile().name())).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Hội đồng trả lại hồ sơ để bổ sung: Bổ sung ảnh buổi học và biên bản ra mắt")
                .doesNotContain("Đã gửi bản tự đánh giá.");
        screenshots("tra-lai");
        selfAssess("9", "Đã bổ sung ảnh buổi học và biên bản ra mắt");
        awaitNotice("Đã gửi bản tự đánh giá.");
        assertThat(registrations.get(registered.id()).status()).isEqualTo(RegistrationStatus.SELF_ASSESSED);

        // The ward committee scores in its pages (a second member through the service), rates the unit and decides.
        browser.manage().deleteAllCookies();
        signIn(browser, journey.memberName, PASSWORD);
        browser.findElement(By.linkText("Hội đồng xét chọn")).click();
        browser.findElement(By.linkText(model.profile().name())).click();
        List<WebElement> scores = browser.findElements(By.cssSelector("form.evaluation input[type=number]"));
        assertThat(scores).hasSize(8);
        scores.forEach(score -> score.sendKeys("9"));
        browser.findElement(By.cssSelector("form.evaluation textarea[name=comment]"))
                .sendKeys("Lớp học thiết thực, phụ huynh cùng tham gia");
        browser.findElement(By.cssSelector("form.evaluation button[type=submit]"))
                .click();
        awaitNotice("Đã ghi điểm và nhận xét của bạn.");
        evaluations.evaluate(journey.secondMember, registered.id(), RecognitionJourney.scores(8), "Đồng ý");
        ratings.rate(journey.member, journey.unit, 2026, "GOOD");
        browser.navigate().refresh();
        browser.findElement(By.cssSelector("input[name=outcome][value=cong-nhan]"))
                .click();
        browser.findElement(By.name("reference")).sendKeys("27-QĐ/ĐU");
        browser.findElement(By.cssSelector("form.decision textarea[name=reasons]"))
                .sendKeys("Mô hình tiêu biểu của khu phố");
        browser.findElement(By.xpath("//button[text()='Ghi quyết định']")).click();
        awaitNotice("Đã ghi quyết định.");

        browser.findElement(By.linkText("Biểu dương")).click();
        wait.until(ExpectedConditions.urlContains("/hoi-dong/bieu-duong"));
        browser.findElement(By.xpath("//label[contains(@class,'candidate')][contains(., '"
                        + model.profile().name() + "')]//input"))
                .click();
        screenshots("bieu-duong");
        browser.findElement(By.xpath("//button[text()='Ghi buổi biểu dương']")).click();
        awaitNotice("Đã ghi buổi biểu dương và các mô hình được biểu dương.");
        assertThat(honours.all())
                .anySatisfy(event -> assertThat(event.honoured())
                        .anySatisfy(honoured -> assertThat(honoured.modelId()).isEqualTo(model.id())));
        assertThat(browser.findElement(By.cssSelector("section.honour-event")).getText())
                .contains(model.profile().name());
        screenshots("bieu-duong-xong");

        // The ward plan's annual report counts the unit's model, registered late and recognised, by unit and place.
        browser.findElement(By.linkText("Hội đồng xét chọn")).click();
        browser.findElement(By.xpath("//ul[@class='campaigns']/li[a[text()='" + RecognitionJourney.WARD_PLAN
                        + "']]/a[text()='báo cáo năm']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/bao-cao"));
        WebElement unitRow = browser.findElement(
                By.xpath("//table[contains(@class,'unit-figures')]//tr[td[starts-with(., 'Chi hội Khuyến học khu phố "
                        + journey.tag + "')]]"));
        assertThat(unitRow.getText())
                .isEqualTo("Chi hội Khuyến học khu phố " + journey.tag + " (trễ hạn) 1 1 0 1 0 XLSX");
        screenshots("bao-cao-nam");

        browser.get(baseUrl() + "/mo-hinh/" + model.slug());
        assertThat(browser.findElement(By.cssSelector(".model-recognitions")).getText())
                .isEqualTo("Điển hình cấp cơ sở 2026");

        browser.manage().deleteAllCookies();
        signIn(browser, journey.contributorName, PASSWORD);
        browser.get(baseUrl() + "/don-vi/thi-dua/ho-so/" + registered.id());
        assertThat(browser.findElement(By.cssSelector("strong.status")).getText())
                .isEqualTo("Được công nhận điển hình, cấp cơ sở");
        assertThat(browser.findElement(By.cssSelector("ul.decisions")).getText())
                .contains("công nhận điển hình (27-QĐ/ĐU)");
        screenshots("cong-nhan");
    }

    private void selfAssess(String score, String summary) throws IOException {
        List<WebElement> scores = browser.findElements(By.cssSelector("form.self-assessment input[type=number]"));
        assertThat(scores).hasSize(8);
        scores.forEach(field -> {
            field.clear();
            field.sendKeys(score);
        });
        WebElement evidence = browser.findElement(By.cssSelector("form.self-assessment input[name=evidence]"));
        if (!evidence.isSelected()) {
            evidence.click();
        }
        WebElement text = browser.findElement(By.name("summary"));
        text.clear();
        text.sendKeys(summary);
        screenshots("tu-danh-gia-" + score);
        browser.findElement(By.cssSelector("form.self-assessment button[type=submit]"))
                .click();
    }

    private void awaitNotice(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice[role=status]"), text));
    }

    /** The page at desktop and phone sizes, then back to desktop. */
    private void screenshots(String name) throws IOException {
        for (var size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-" + size.getWidth() + ".png"), png);
        }
        browser.manage().window().setSize(new Dimension(1280, 800));
    }
}
