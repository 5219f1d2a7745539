package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
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
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelStatus;

/** A unit's officer imports annex 01 in Chromium: upload, fix the column the page could not guess, commit. */
class ImportBrowserIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Đảng ủy phường Ngọc Hà";

    @Autowired
    ModelCatalog catalog;

    private HeadlessChromium chromium;
    private Path file;

    @BeforeEach
    void startChromium() throws Exception {
        chromium = new HeadlessChromium();
        file = Files.createTempFile("phu-luc-01-", ".csv");
    }

    @AfterEach
    void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(file);
    }

    @Test
    void anOfficerMapsTheColumnThePageCouldNotGuessAndImportsTheFile() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "can-bo-" + tag;
        accounts.open(new NewAccount(
                username, "Cán bộ Ngọc Hà", PASSWORD, Role.CONTRIBUTOR, unit(UNIT, "01", null), "01", null, null));
        String name = "Sân chơi cuối tuần " + tag;
        Files.writeString(
                file,
                "\uFEFFBẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH NĂM 2026\r\n"
                        + "STT;Tên mô hình;Đơn vị thực hiện;Nhóm;Xã/phường/đặc khu;Tỉnh/thành phố;Năm bắt đầu\r\n"
                        + "1;" + name + ";Chi đoàn tổ dân phố 2;Văn hóa - xã hội;Ngọc Hà;Hà Nội;2026\r\n",
                StandardCharsets.UTF_8);
        WebDriver browser = chromium.browser();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        signIn(browser, username, PASSWORD);
        browser.findElement(By.linkText("Nhập danh sách mô hình từ Phụ lục 01")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/nhap-du-lieu"));

        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        browser.findElement(By.id("import-check")).click();
        WebElement summary = browser.findElement(By.id("import-summary"));
        wait.until(ExpectedConditions.textToBePresentInElement(summary, "1 lỗi"));
        assertThat(browser.findElement(By.id("import-problems")).getText())
                .contains("Chưa có cột nào được ghép với \"Lĩnh vực\" (FIELD)");
        assertThat(browser.findElement(By.id("import-commit")).isEnabled()).isFalse();

        WebElement groupColumn = browser.findElement(By.xpath("//tbody[@id='import-column-rows']/tr[td[1]='Nhóm']"));
        new Select(groupColumn.findElement(By.tagName("select"))).selectByValue("FIELD");
        wait.until(ExpectedConditions.textToBePresentInElement(summary, "Có thể nhập."));
        assertThat(summary.getText()).startsWith("1 dòng dữ liệu (tiêu đề ở dòng 2), 0 lỗi");

        browser.findElement(By.id("import-commit")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(summary, "Đã nhập 1 mô hình"));

        assertThat(catalog.similar(name, "00008", 21.038124, 105.816315))
                .singleElement()
                .satisfies(model -> {
                    assertThat(model.state().status()).isEqualTo(ModelStatus.DRAFT);
                    assertThat(model.registeringUnit()).isEqualTo(UNIT);
                });
    }
}
