package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModelDetailsIntegrationTests extends CatalogIntegrationTest {

    private static final Editor LAN = new Editor(UUID.randomUUID(), "Lê Thị Lan");

    @Autowired
    ModelCatalog catalog;

    @Test
    void theWholePlanIsStoredAndReadBackAsGiven() {
        NewModel given = SampleModels.withPlan("ke-hoach-" + suffix());

        ModelView registered = registered(given, Editor.PLATFORM);

        ModelView read = catalog.find(registered.id()).orElseThrow();
        assertThat(read.details()).isEqualTo(given.details());
        assertThat(read.details().plan().goals().get(0).indicators().get(0).actual())
                .isEqualByComparingTo("250.5");
        assertThat(read.details().plan().resources().socialisedFundingVnd()).isEqualTo(45_000_000L);
        assertThat(read.details().continuing()).isTrue();
        assertThat(read.profile().story())
                .isEqualTo("<p>Chị Hoa <em>vận động</em> bà con góp gạo.</p>")
                .doesNotContain("script");
    }

    @Test
    void thePublicSeesInitialsAsConsentedAndNoPressContact() {
        ModelView registered = registered(SampleModels.withPlan("cong-khai-" + suffix()), Editor.PLATFORM);
        catalog.publish(registered.id(), registered.state().version(), LAN);

        ModelView inside = catalog.find(registered.id()).orElseThrow();
        ModelView public_ = catalog.findPublished(registered.id()).orElseThrow();

        assertThat(inside.profile().ownerName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(inside.details().pressContact().phone()).isEqualTo("0912 345 678");
        assertThat(public_.profile().ownerName()).isEqualTo("N. T. H.");
        assertThat(public_.details().pressContact()).isNull();
        assertThat(public_.details().plan()).isEqualTo(inside.details().plan());
    }

    @Test
    void aPressContactWhoAgreedIsPublic() {
        NewModel given = SampleModels.withPlan("dong-y-" + suffix());
        ModelDetails agreed = new ModelDetails(
                OwnerDisclosure.FULL_NAME,
                false,
                given.details().plan(),
                null,
                null,
                null,
                null,
                new ModelDetails.PressContact("Văn phòng Đảng ủy", "024 3823 0000", null, true));
        ModelView registered = registered(SampleModels.withDetails(given, agreed), Editor.PLATFORM);
        catalog.publish(registered.id(), registered.state().version(), LAN);

        ModelView public_ = catalog.findPublished(registered.id()).orElseThrow();

        assertThat(public_.profile().ownerName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(public_.details().pressContact().phone()).isEqualTo("024 3823 0000");
    }

    @Test
    void anEditOfTheDetailsNamesThePartsThatChangedAndKeepsTheEarlierPlanReadable() {
        NewModel given = SampleModels.withPlan("sua-ke-hoach-" + suffix());
        ModelView registered = registered(given, Editor.PLATFORM);
        ModelDetails before = registered.details();
        ModelDetails after = new ModelDetails(
                before.ownerDisclosure(),
                before.continuing(),
                before.plan(),
                "Đã phát 12.000 suất cơm.",
                List.of("bếp ăn", "y tế", "thiện nguyện"),
                before.sites(),
                before.area(),
                before.pressContact());

        ModelView edited = catalog.revise(
                registered.id(),
                registered.state().version(),
                new ModelEdit(new ModelProfile(null, null, null, null, null, null, null), after),
                LAN);

        assertThat(catalog.history(registered.id()).get(1).changedFields()).containsExactly("results", "tags");
        assertThat(edited.details().tags()).containsExactly("bếp ăn", "y tế", "thiện nguyện");
        assertThat(catalog.asOf(registered.id(), registered.state().version())
                        .orElseThrow()
                        .details())
                .isEqualTo(before);
    }

    @Test
    void badDetailsAreRefusedWithTheirReasonAndNothingIsStored() {
        NewModel given = SampleModels.withPlan("sai-" + suffix());
        ModelDetails badContact = new ModelDetails(
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                new ModelDetails.PressContact("Chị Hoa", null, "khong-phai-thu", false));

        assertThatThrownBy(() -> registered(SampleModels.withDetails(given, badContact), Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Thư điện tử liên hệ báo chí không hợp lệ.");
        assertThat(catalog.existsBySlug(given.slug())).isFalse();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
