package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/** A reader follows a replication from the replica to its original and back, and sees the spread on the map. */
class LineageBrowserIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    @Autowired
    ModelCatalog catalog;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
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
    void theReaderFollowsTheLineageBothWays() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ModelView original = published("Tổ hòa giải kiểu mẫu " + suffix, "00004", 21.0368, 105.8342, 2019, null);
        ModelView replica =
                published("Tổ hòa giải nhân rộng " + suffix, "00004", 21.0340, 105.8300, 2023, original.id());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(baseUrl() + "/mo-hinh/" + replica.slug());
        browser.findElement(By.cssSelector(".lineage-original a")).click();

        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/mo-hinh/" + original.slug()));
        assertThat(browser.findElement(By.cssSelector(".lineage-count")).getText())
                .isEqualTo("Được nhân rộng tại 1 nơi:");
        List<String> replicas = browser.findElements(By.cssSelector(".lineage-replications a")).stream()
                .map(link -> link.getText())
                .toList();
        assertThat(replicas).containsExactly(replica.profile().name());
        // The locator map labels the place that replicated the model with the year it started there.
        wait.until(b -> b.findElements(By.cssSelector("#locator-map .leaflet-tooltip")).stream()
                .anyMatch(label -> label.getText().equals("2023")));

        browser.findElement(By.cssSelector(".lineage-replications a")).click();
        wait.until(ExpectedConditions.urlToBe(baseUrl() + "/mo-hinh/" + replica.slug()));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(replica.profile().name());
    }

    private ModelView published(
            String name, String commune, double latitude, double longitude, int year, UUID original) {
        NewModel model = new NewModel(
                null,
                unit("Ủy ban Mặt trận Tổ quốc phường Ba Đình", null, commune),
                new ModelProfile(
                        name,
                        "Tổ hòa giải tổ dân phố số 3",
                        OwnerKind.COLLECTIVE,
                        Field.PARTY_AND_POLITICAL_SYSTEM,
                        year,
                        "Hòa giải mâu thuẫn ngay tại tổ dân phố.",
                        "<p>Tổ hòa giải gặp gỡ từng gia đình.</p>"),
                new ModelLocation(latitude, longitude, commune),
                List.of(),
                null,
                original);
        ModelView registered = writes.register(Account.PLATFORM, model).block();
        return writes.publish(
                        Account.PLATFORM, registered.id(), registered.state().version())
                .block();
    }
}
