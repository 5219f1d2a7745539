package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;

/** A unit reports progress through the page; the update waits for a moderator with the indicator values typed. */
class UpdateFormPagesIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Đoàn Thanh niên phường Ba Đình";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ProgressUpdates updates;

    @Test
    void theUnitReportsProgressWithTheValuesItsIndicatorsReached() {
        ModelView model = published();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String path = "/don-vi/mo-hinh/" + model.id() + "/cap-nhat";

        String form = contributor.page(client(), path);
        assertThat(form).contains("Số cây xanh trồng mới (cây), mục tiêu 500");

        var refused = contributor.postForm(client(), path, Map.of("body", "Đã trồng cây.", "value1", "nhiều"));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody())
                .contains("Giá trị của chỉ tiêu &quot;Số cây xanh trồng mới&quot; phải là một số.");
        assertThat(updates.timeline(model.id())).isEmpty();

        var sent = contributor.postForm(client(), path, Map.of("body", "Đã trồng 1.200 cây.", "value1", "1.200"));

        assertThat(sent.getStatus().value()).isEqualTo(303);
        assertThat(updates.timeline(model.id())).singleElement().satisfies(update -> {
            assertThat(update.status()).isEqualTo(ProgressUpdate.Status.SUBMITTED);
            assertThat(update.indicatorValues())
                    .singleElement()
                    .satisfies(value -> assertThat(value.value()).isEqualByComparingTo("1200"));
        });
    }

    @Test
    void anotherUnitCannotReportOnThisModel() {
        ModelView model = published();
        SignedInSession other = signedIn(Role.CONTRIBUTOR, "Chi hội Nông dân số 9", "00004");

        client().get()
                .uri("/don-vi/mo-hinh/" + model.id() + "/cap-nhat")
                .cookie("SESSION", other.session())
                .exchange()
                .expectStatus()
                .isForbidden();
        var refused = other.postForm(
                client(), "/don-vi/mo-hinh/" + model.id() + "/cap-nhat", Map.of("body", "Không phải của tôi."));
        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(updates.timeline(model.id())).isEmpty();
    }

    private ModelView published() {
        var plan = new ModelPlan(
                null,
                List.of(new ModelPlan.Goal(
                        "Phủ xanh khu dân cư",
                        List.of(new ModelPlan.Indicator(
                                "Số cây xanh trồng mới", "cây", BigDecimal.ZERO, new BigDecimal("500"), null)))),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "cay-xanh-" + UUID.randomUUID().toString().substring(0, 8),
                                unit(UNIT, null, "00004"),
                                new ModelProfile(
                                        "Mỗi đoàn viên một cây xanh",
                                        UNIT,
                                        OwnerKind.COLLECTIVE,
                                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                                        2026,
                                        "Trồng cây.",
                                        "Câu chuyện."),
                                new ModelLocation(21.0368, 105.8342, "00004"),
                                List.of(),
                                new ModelDetails(null, false, plan, null, null, null, null, null),
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }
}
