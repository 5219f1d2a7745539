package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelNames;
import vn.danvankheo.catalog.ModelStatus;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.OwnerDisclosure;

/** A contributor registers a model with its plan through the page; a mistake brings the form back, filled in. */
class ModelFormPagesIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Hội Liên hiệp Phụ nữ phường Ba Đình";

    @Autowired
    ModelCatalog catalog;

    @Test
    void aModelRegisteredThroughTheFormIsADraftWithItsPlan() {
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String name = "Bếp ăn yêu thương " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(contributor.page(client(), ModelFormPages.NEW_MODEL)).contains("Đăng ký mô hình", "value=\"00004\"");

        var saved = contributor.postForm(client(), ModelFormPages.NEW_MODEL, form(name, "21.0368, 105.8342"));

        assertThat(saved.getStatus().value()).isEqualTo(303);
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/don-vi/mo-hinh?xong=dang-ky");
        ModelView model = catalog.find(catalog.registeredBy(unit(UNIT, null, "00004"), "01", "00004").stream()
                        .filter(m -> m.profile().name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .orElseThrow();
        assertThat(model.slug()).startsWith(ModelNames.slugOf(name));
        assertThat(model.state().status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(model.registeringUnit()).isEqualTo(UNIT);
        assertThat(model.profile().field()).isEqualTo(Field.CULTURE_SOCIETY_PEOPLE);
        assertThat(model.profile().story()).isEqualTo("<p>Đoạn một.</p><p>Đoạn hai.</p>");
        assertThat(model.details().ownerDisclosure()).isEqualTo(OwnerDisclosure.INITIALS);
        assertThat(model.details().continuing()).isTrue();
        assertThat(model.details().tags()).containsExactly("bếp ăn", "y tế");
        assertThat(model.details().plan().partners()).containsExactly("Đoàn Thanh niên", "Hội Cựu chiến binh");
        assertThat(model.details().plan().resources().socialisedFundingVnd()).isEqualTo(45_000_000L);
        assertThat(model.details().plan().goals().get(0).indicators())
                .singleElement()
                .satisfies(indicator -> {
                    assertThat(indicator.name()).isEqualTo("Suất cơm mỗi tuần");
                    assertThat(indicator.baseline()).isEqualByComparingTo("120");
                    assertThat(indicator.target()).isEqualByComparingTo("300.5");
                });
        assertThat(model.details().pressContact().publicByConsent()).isFalse();
    }

    @Test
    void unreadableCoordinatesBringTheFormBackWithTheReasonAndTheValues() {
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String name = "Mô hình toạ độ sai " + UUID.randomUUID().toString().substring(0, 6);

        var refused = contributor.postForm(client(), ModelFormPages.NEW_MODEL, form(name, "ở đầu làng"));

        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("notice error", "value=\"" + name + "\"", "Suất cơm mỗi tuần");
        assertThat(catalog.registeredBy(unit(UNIT, null, "00004"), "01", "00004"))
                .noneMatch(model -> model.profile().name().equals(name));
    }

    @Test
    void theFormNamesThePublishedModelItReplicatesByItsAddress() {
        awaitDemoMarkers();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String slug = demoModels().get(0).get("slug").toString();
        String name = "Bếp ăn nhân rộng " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = form(name, "21.0368, 105.8342");
        form.put("original", baseUrl() + "/mo-hinh/" + slug + "?lang=vi");

        var saved = contributor.postForm(client(), ModelFormPages.NEW_MODEL, form);

        assertThat(saved.getStatus().value()).isEqualTo(303);
        ModelView model = catalog.registeredBy(unit(UNIT, null, "00004"), "01", "00004").stream()
                .filter(m -> m.profile().name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(model.replicates())
                .isEqualTo(catalog.findPublishedBySlug(slug).orElseThrow().id());
    }

    @Test
    void anAddressOfNoPublishedModelBringsTheFormBackAndStoresNothing() {
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        String name =
                "Nhân rộng từ mô hình không có " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = form(name, "21.0368, 105.8342");
        form.put("original", "/mo-hinh/khong-co-mo-hinh-nay");

        var refused = contributor.postForm(client(), ModelFormPages.NEW_MODEL, form);

        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody())
                .contains(
                        "notice error", "Không tìm thấy mô hình đã công bố", "value=\"/mo-hinh/khong-co-mo-hinh-nay\"");
        assertThat(catalog.registeredBy(unit(UNIT, null, "00004"), "01", "00004"))
                .noneMatch(model -> model.profile().name().equals(name));
    }

    @Test
    void onlyContributorsOfAUnitRegisterHere() {
        SignedInSession session = signedIn(Role.MODERATOR, null, "00004");

        client().get()
                .uri(ModelFormPages.NEW_MODEL)
                .cookie("SESSION", session.session())
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private static Map<String, String> form(String name, String coordinates) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("ownerName", "Nguyễn Thị Hoa");
        form.put("ownerKind", "INDIVIDUAL");
        form.put("ownerDisclosure", "INITIALS");
        form.put("field", "CULTURE_SOCIETY_PEOPLE");
        form.put("yearStarted", "2025");
        form.put("kind", "CONTINUING");
        form.put("communeCode", "00004");
        form.put("coordinates", coordinates);
        form.put("summary", "Mỗi tuần 300 suất cơm.");
        form.put("story", "Đoạn một.\r\n\r\nĐoạn hai.");
        form.put("tags", "bếp ăn, y tế");
        form.put("goal", "Bảo đảm bữa ăn cho bệnh nhân nghèo");
        form.put("indicator1", "Suất cơm mỗi tuần");
        form.put("unit1", "suất");
        form.put("baseline1", "120");
        form.put("target1", "300,5");
        form.put("partners", "Đoàn Thanh niên\r\nHội Cựu chiến binh\r\n");
        form.put("socialisedFunding", "45.000.000");
        form.put("pressName", "Nguyễn Thị Hoa");
        form.put("pressPhone", "0912 345 678");
        return form;
    }
}
