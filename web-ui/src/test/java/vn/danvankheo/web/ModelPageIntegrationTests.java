package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;

class ModelPageIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Test
    void thePageShowsThePlanAndResultsAndKeepsWhatIsNotPublicOut() {
        String slug = "bua-com-" + UUID.randomUUID().toString().substring(0, 8);
        ModelView registered = writes.register(Account.PLATFORM, model(slug)).block();
        writes.publish(Account.PLATFORM, registered.id(), registered.state().version())
                .block();
        ProgressUpdate approved = writes.writeUpdate(
                        Account.PLATFORM,
                        registered.id(),
                        new ProgressUpdate.NewUpdate(
                                "Quý I: phát 3.600 suất cơm.",
                                List.of(new ProgressUpdate.IndicatorValue("Suất cơm mỗi tuần", new BigDecimal("280"))),
                                null))
                .block();
        writes.publishUpdate(Account.PLATFORM, registered.id(), approved.id(), approved.version())
                .block();
        writes.writeUpdate(
                        Account.PLATFORM,
                        registered.id(),
                        new ProgressUpdate.NewUpdate("Bản nháp chưa duyệt.", null, null))
                .block();

        String html = client().get()
                .uri("/mo-hinh/" + slug)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(html)
                .contains("Kế hoạch thực hiện", "Suất cơm mỗi tuần (suất)", "<td>120</td>", "<td>300</td>")
                .contains("Hội Liên hiệp Phụ nữ phường; Đoàn Thanh niên phường")
                .contains("Xã hội hoá: 45.000.000 đồng", "30/06/2026", "05/01/2026 – 31/03/2026")
                .contains("Đã phát 9.000 suất cơm.", "Mô hình tiếp tục thực hiện", "bếp ăn")
                .contains("<p>Chị Hoa <em>vận động</em> bà con góp gạo.</p>")
                .contains("N. T. H.")
                .contains("Cập nhật tiến độ", "Quý I: phát 3.600 suất cơm.", "Suất cơm mỗi tuần: 280");
        assertThat(html)
                .doesNotContain(
                        "alert(1)",
                        "Nguyễn Thị Hoa",
                        "0912 345 678",
                        "hoa@example.vn",
                        "Liên hệ báo chí",
                        "Bản nháp chưa duyệt.");
    }

    /** Both pages are read as a browser without scripts gets them. */
    @Test
    void theLineageShowsOnTheOriginalAndOnTheReplicaWithoutJavaScript() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ModelView original = published(model("goc-" + suffix), null);
        ModelView replica = published(model("nhan-rong-" + suffix), original.id());

        String originalPage = page(original.slug());
        String replicaPage = page(replica.slug());

        assertThat(replicaPage)
                .contains("Nhân rộng từ:", "href=\"/mo-hinh/" + original.slug() + "\"")
                .doesNotContain("Được nhân rộng tại");
        assertThat(originalPage)
                .contains("Được nhân rộng tại 1 nơi:", "href=\"/mo-hinh/" + replica.slug() + "\"", "từ năm 2024")
                .doesNotContain("Nhân rộng từ:");
        assertThat(page(published(model("rieng-" + suffix), null).slug()))
                .as("a model with no lineage shows no empty section")
                .doesNotContain("model-lineage");
    }

    private ModelView published(NewModel model, UUID original) {
        NewModel named = new NewModel(
                model.slug(),
                model.registeringUnitId(),
                model.profile(),
                model.location(),
                model.photos(),
                model.details(),
                original);
        ModelView registered = writes.register(Account.PLATFORM, named).block();
        return writes.publish(
                        Account.PLATFORM, registered.id(), registered.state().version())
                .block();
    }

    private String page(String slug) {
        return client().get()
                .uri("/mo-hinh/" + slug)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private NewModel model(String slug) {
        var plan = new ModelPlan(
                "Nhiều bệnh nhân nghèo không đủ tiền ăn.",
                List.of(new ModelPlan.Goal(
                        "Bảo đảm bữa ăn",
                        List.of(new ModelPlan.Indicator(
                                "Suất cơm mỗi tuần",
                                "suất",
                                new BigDecimal("120"),
                                new BigDecimal("300"),
                                new BigDecimal("250"))))),
                "Vận động góp gạo, rau.",
                "Bệnh viện trên địa bàn",
                "Bệnh nhân khó khăn",
                List.of("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"),
                new ModelPlan.Resources("Gạo, rau", null, 45_000_000L),
                List.of(new ModelPlan.Milestone(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), "Lập danh sách")),
                List.of(LocalDate.of(2026, 6, 30)),
                new ModelPlan.PersonInCharge("Trần Văn Bình", "Phó Chủ tịch Hội"));
        var details = new ModelDetails(
                OwnerDisclosure.INITIALS,
                true,
                plan,
                "Đã phát 9.000 suất cơm.",
                List.of("bếp ăn"),
                null,
                null,
                new ModelDetails.PressContact("Nguyễn Thị Hoa", "0912 345 678", "hoa@example.vn", false));
        return new NewModel(
                slug,
                unit("Hội Liên hiệp Phụ nữ phường Ba Đình", null, "00004"),
                new ModelProfile(
                        "Bữa cơm nghĩa tình",
                        "Nguyễn Thị Hoa",
                        OwnerKind.INDIVIDUAL,
                        Field.CULTURE_SOCIETY_PEOPLE,
                        2024,
                        "Mỗi tuần 300 suất cơm.",
                        "<p>Chị Hoa <em>vận động</em> bà con góp gạo.</p><script>alert(1)</script>"),
                new ModelLocation(21.0368, 105.8342, "00004"),
                List.of(),
                details,
                null);
    }
}
