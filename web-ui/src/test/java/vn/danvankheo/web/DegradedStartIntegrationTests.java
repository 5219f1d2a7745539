package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.testing.TestServices;

/**
 * The application starts with search and storage unreachable (nothing listens on their ports), serves its pages,
 * and says exactly what is degraded.
 */
@SpringBootTest(
        classes = DanVanKheoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dvk.site.tile-url=",
            "dvk.search.timeout=2s",
            "dvk.storage.timeout=2s",
            "dvk.places.data-directory=../data/vn-admin",
            "dvk.criteria.directory=../data/criteria"
        })
class DegradedStartIntegrationTests {

    @DynamicPropertySource
    static void onlyTheDatabaseIsReal(DynamicPropertyRegistry registry) {
        TestServices.isolated("web-degraded").register(registry);
        registry.add("dvk.search.url", () -> "http://127.0.0.1:9");
        registry.add("dvk.storage.endpoint", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    UnitRegistry units;

    @Test
    void startsServesPagesAndNamesWhatIsDown() {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();

        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.db.status")
                .isEqualTo("UP")
                .jsonPath("$.components.search.status")
                .isEqualTo("DOWN")
                .jsonPath("$.components.storage.status")
                .isEqualTo("DOWN")
                .jsonPath("$.components.search.details")
                .doesNotExist();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        String page = client.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Bản đồ số mô hình");
        client.get()
                .uri("/api/map/markers")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("Retry-After")
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("Tìm kiếm tạm thời gián đoạn"));
        // A published model's photo must come from storage, which is down: the public is told so, not "not found".
        UUID photo = UUID.randomUUID();
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "kho-luu-tru-gian-doan",
                                units.register(new NewUnit("Chi bộ số 1", UnitKind.PARTY_CELL, null, "00004", null))
                                        .id(),
                                new ModelProfile(
                                        "Mô hình có ảnh khi kho lưu trữ gián đoạn",
                                        "Chi bộ số 1",
                                        OwnerKind.COLLECTIVE,
                                        Field.PARTY_AND_POLITICAL_SYSTEM,
                                        2026,
                                        "Tóm tắt.",
                                        "Câu chuyện."),
                                new ModelLocation(21.0368, 105.8342, "00004"),
                                List.of(new NewModel.NewPhoto(photo, null, null)),
                                null,
                                null))
                .block();
        writes.publish(Account.PLATFORM, draft.id(), draft.state().version()).block();
        client.get().uri("/media/" + photo).exchange().expectStatus().isEqualTo(503);
    }
}
