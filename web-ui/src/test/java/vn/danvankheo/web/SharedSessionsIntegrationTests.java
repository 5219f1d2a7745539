package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountAdministration;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.testing.TestServices;

/**
 * Two instances on one database, as behind a load balancer: a session begun on one is recognised by the other, and an
 * administrator's change of rights ends it on both.
 */
class SharedSessionsIntegrationTests extends DemoSiteIntegrationTest {

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondInstance() {
        Map<String, Object> properties = new HashMap<>();
        TestServices.isolated("web").register((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", "0");
        properties.put("dvk.places.data-directory", "../data/vn-admin");
        properties.put("dvk.criteria.directory", "../data/criteria");
        properties.put("dvk.site.tile-url", "");
        // As arguments, which outrank the DVK_* environment the first instance's database came from.
        secondInstance = new SpringApplicationBuilder(DanVanKheoApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
        assertThat(secondInstance.getEnvironment().getProperty("spring.datasource.url"))
                .as("the second instance shares the test's database, never another")
                .isEqualTo(properties.get("spring.datasource.url"));
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void aSessionBegunOnOneInstanceIsRecognisedByTheOtherUntilTheAccountIsDisabled() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account journalist = accounts.open(
                new NewAccount("nb2-" + tag, "Phóng viên " + tag, PASSWORD, Role.JOURNALIST, null, null, null, null));
        Account administrator = accounts.open(
                new NewAccount("qt2-" + tag, "Quản trị " + tag, PASSWORD, Role.ADMINISTRATOR, null, null, null, null));
        SignedInSession signedIn = SignedInSession.signIn(client(), journalist.username(), PASSWORD);
        WebTestClient second = WebTestClient.bindToServer()
                .baseUrl("http://localhost" + ":"
                        + secondInstance.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30))
                .build();

        assertThat(accountPage(second, signedIn.session())).contains("Phóng viên " + tag);
        assertThat(accountPage(client(), signedIn.session())).contains("Phóng viên " + tag);

        administration.disable(administrator, journalist.id());

        second.get()
                .uri("/tai-khoan")
                .cookie("SESSION", signedIn.session())
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .location("/dang-nhap");
        client().get()
                .uri("/tai-khoan")
                .cookie("SESSION", signedIn.session())
                .exchange()
                .expectStatus()
                .is3xxRedirection();
    }

    /** Thirty minutes idle, not thirty minutes after signing in: a request moves the session's expiry on. */
    @Test
    void aSessionInUseStaysOpenItsExpiryMovingWithEachRequest() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account journalist = accounts.open(
                new NewAccount("nb3-" + tag, "Phóng viên " + tag, PASSWORD, Role.JOURNALIST, null, null, null, null));
        SignedInSession signedIn = SignedInSession.signIn(client(), journalist.username(), PASSWORD);
        Instant signedInExpiry = expiryOf(signedIn.session());

        Thread.sleep(1_100);
        assertThat(accountPage(client(), signedIn.session())).contains("Phóng viên " + tag);

        assertThat(expiryOf(signedIn.session())).isAfterOrEqualTo(signedInExpiry.plusSeconds(1));
    }

    private Instant expiryOf(String session) {
        return jdbc.sql("SELECT expires_at FROM accounts.web_session WHERE id = :id")
                .param("id", session)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private static String accountPage(WebTestClient instance, String session) {
        return instance.get()
                .uri("/tai-khoan")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
