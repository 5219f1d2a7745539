package vn.danvankheo.web;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.testing.TestServices;

/**
 * The whole application on a random port with the demo data loaded, against real PostGIS, S3 and Elasticsearch.
 * Every web integration test extends this, so they share one application context.
 */
@SpringBootTest(
        classes = DanVanKheoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dvk.demo.enabled=true",
            "dvk.demo.directory=../data/demo",
            "dvk.places.data-directory=../data/vn-admin",
            "dvk.criteria.directory=../data/criteria",
            "dvk.accounts.failures-per-account=3",
            "dvk.proxy.trusted-proxies=127.0.0.1/32,::1/128",
            "dvk.demo.retry-interval=1s",
            "dvk.site.tile-url=",
            "dvk.mail.folder=target/mail",
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=1s"
        })
abstract class DemoSiteIntegrationTest {

    static final File DEMO_MODELS = new File("../data/demo/models.json");

    /** The password of every account {@link #openAccount} opens. */
    static final String PASSWORD = "mat-khau-du-dai-2026";

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("web").register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    UnitRegistry units;

    @Autowired
    AccountDirectory accounts;

    WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The body of a page or an answer, once its status is the one expected. */
    String page(String uri, int status) {
        return client().get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The unit of this name in the commune, or the province when no commune is given, recorded on first use. */
    UUID unit(String name, String provinceCode, String communeCode) {
        NewUnit wanted = new NewUnit(name, UnitKind.OTHER, provinceCode, communeCode, null);
        return units.existing(wanted).orElseGet(() -> units.register(wanted)).id();
    }

    /**
     * A new account of this role that signs in with {@link #PASSWORD}: of the commune, and of the unit of that name
     * there when one is given; nationwide when no commune is.
     */
    String openAccount(Role role, String unitName, String communeCode) {
        String username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username,
                "Người dùng " + username,
                PASSWORD,
                role,
                unitName == null ? null : unit(unitName, null, communeCode),
                null,
                communeCode,
                null));
        return username;
    }

    /** A new account of this role, signed in over HTTP through the real form. */
    SignedInSession signedIn(Role role, String unitName, String communeCode) {
        return SignedInSession.signIn(client(), openAccount(role, unitName, communeCode), PASSWORD);
    }

    /** Signs in through the page's form in Chromium, as a person does, and waits for the account page. */
    void signIn(WebDriver browser, String username, String password) {
        browser.get(baseUrl() + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action$='/dang-nhap'] button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlToBe(baseUrl() + "/tai-khoan"));
    }

    List<Map<String, Object>> demoModels() {
        return json.readValue(DEMO_MODELS, new TypeReference<List<Map<String, Object>>>() {});
    }

    /** Demo data loads in the background after start-up; wait until every demo model is a marker. */
    void awaitDemoMarkers() {
        int expected = demoModels().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Map<?, ?> body = client().get()
                    .uri("/api/map/markers")
                    .exchange()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            if (body != null && body.get("features") instanceof List<?> features && features.size() >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Demo markers did not appear within 90 s: " + body);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
