package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import vn.danvankheo.demo.DemoAccounts;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationStatus;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * A committee member works in Chromium: the queue, scoring a model on every criterion of the demo's plan, and the
 * campaign's dashboard with its charts, its target unit by unit and the annexes.
 */
class CommitteeBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Chi bộ khu phố 3, phường Bàn Cờ";
    private static final String DEMO_MODEL = "Sáng thứ Bảy lắng nghe dân nói";

    @Autowired
    ModelWrites writes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Registrations registrations;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    Evaluations evaluations;

    private HeadlessChromium chromium;

    @BeforeEach
    void startChromium() throws Exception {
        chromium = new HeadlessChromium();
    }

    @AfterEach
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCommitteeMemberScoresAModelAndFollowsTheCampaignOnItsDashboard() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Campaign plan = RecognitionJourney.plan(campaigns, RecognitionJourney.WARD_PLAN);
        // The ward's plan counts the demo units answering to the ward's party committee: the cell of khu phố 3.
        UUID unit = plan.subordinateUnits().stream()
                .filter(subordinate -> subordinate.name().equals(UNIT))
                .findFirst()
                .orElseThrow()
                .id();
        RecognitionJourney journey = new RecognitionJourney(accounts, writes, unit);
        ModelView model = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "to-tu-quan-" + tag,
                                unit,
                                new ModelProfile(
                                        "Tổ tự quản khu phố sạch " + tag,
                                        UNIT,
                                        OwnerKind.COLLECTIVE,
                                        Field.CULTURE_SOCIETY_PEOPLE,
                                        2026,
                                        "Mỗi tuần một buổi tổng vệ sinh khu phố.",
                                        "Đoạn thứ nhất."),
                                new ModelLocation(10.770867, 106.681998, "27154"),
                                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Tổng vệ sinh", "Ảnh: khu phố 3")),
                                null,
                                null))
                .block();
        writes.publish(Account.PLATFORM, model.id(), model.state().version()).block();
        Registration registered = journey.selfAssessed(model, plan, registrations, selfAssessments);
        WebDriver browser = chromium.browser();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // The demo's own committee member of the ward finds the demo model self-assessed and waiting for scores.
        Registration demoEntry = demoRegistration(plan);
        signIn(browser, "demo-hoi-dong-xa", DemoAccounts.PASSWORD);
        browser.get(baseUrl() + "/hoi-dong");
        browser.findElement(By.linkText(DEMO_MODEL)).click();
        wait.until(ExpectedConditions.urlContains("/hoi-dong/ho-so/" + demoEntry.id()));
        assertThat(browser.findElements(By.cssSelector("form.evaluation input[type=number]")))
                .hasSize(8);
        browser.manage().deleteAllCookies();

        signIn(browser, journey.memberName, PASSWORD);

        browser.get(baseUrl() + "/hoi-dong");
        browser.findElement(By.linkText(model.profile().name())).click();
        wait.until(ExpectedConditions.urlContains("/hoi-dong/ho-so/" + registered.id()));
        List<WebElement> scores = browser.findElements(By.cssSelector("form.evaluation input[type=number]"));
        assertThat(scores).hasSize(8);
        scores.forEach(score -> score.sendKeys("9"));
        browser.findElement(By.cssSelector("form.evaluation textarea[name=comment]"))
                .sendKeys("Khu phố sạch hơn rõ rệt, người dân cùng làm");
        browser.findElement(By.cssSelector("form.evaluation button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice"), "Đã ghi điểm và nhận xét của bạn."));
        assertThat(registrations.get(registered.id()).status()).isEqualTo(RegistrationStatus.UNDER_EVALUATION);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(journey.member.displayName())
                .contains("72")
                .contains("Khu phố sạch hơn rõ rệt");

        // A second member scores through the service; the first records the unit's rating and decides in the page.
        evaluations.evaluate(journey.secondMember, registered.id(), RecognitionJourney.scores(9), "Đồng ý công nhận");
        browser.navigate().refresh();
        new Select(browser.findElement(By.name("rating"))).selectByValue("GOOD");
        browser.findElement(By.xpath("//button[text()='Ghi xếp loại']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("p.notice"), "Đã ghi xếp loại của đơn vị."));
        browser.findElement(By.cssSelector("input[name=outcome][value=cong-nhan]"))
                .click();
        browser.findElement(By.name("reference")).sendKeys("15-QĐ/ĐU");
        browser.findElement(By.cssSelector("form.decision textarea[name=reasons]"))
                .sendKeys("Mô hình tiêu biểu nhất của đơn vị");
        browser.findElement(By.xpath("//button[text()='Ghi quyết định']")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Đã ghi quyết định."));
        assertThat(registrations.get(registered.id()).status()).isEqualTo(RegistrationStatus.RECOGNISED);

        // The badge is on the model's public page as soon as the decision is committed.
        browser.get(baseUrl() + "/mo-hinh/" + model.slug());
        assertThat(browser.findElement(By.cssSelector(".model-recognitions")).getText())
                .isEqualTo("Điển hình cấp cơ sở 2026");

        browser.get(baseUrl() + "/hoi-dong/dot/" + plan.id());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-ready", "true"));
        assertThat(browser.findElement(By.id("chart-fields")).getAttribute("data-points"))
                .isEqualTo("4");
        assertThat(browser.findElement(By.id("chart-units")).getSize().getHeight())
                .isGreaterThan(50);
        String dashboard = browser.findElement(By.tagName("main")).getText();
        assertThat(dashboard)
                .contains("1/1 đơn vị")
                .doesNotContain("Đơn vị chưa có mô hình")
                .contains("Đơn vị trễ hạn đăng ký (30/01/2026)")
                .contains(model.profile().name());

        SignedInSession session = SignedInSession.signIn(client(), journey.memberName, PASSWORD);
        byte[] annex = client().get()
                .uri("/api/recognition/campaigns/" + plan.id() + "/annex-01.xlsx")
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(annex))) {
            DataFormatter format = new DataFormatter();
            boolean listed = false;
            for (Row row : workbook.getSheetAt(0)) {
                listed |= row.getCell(1) != null
                        && format.formatCellValue(row.getCell(1))
                                .equals(model.profile().name());
            }
            assertThat(listed).as("annex 01 lists the registered model").isTrue();
        }
    }

    /** The demo enters its ward model in the ward's plan right after opening it. */
    private Registration demoRegistration(Campaign plan) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var found = registrations.ofCampaign(plan.id()).stream()
                    .filter(registration -> registration.modelName().equals(DEMO_MODEL))
                    .filter(registration -> registration.status() == RegistrationStatus.SELF_ASSESSED)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo did not enter its ward model in the ward's plan");
    }
}
