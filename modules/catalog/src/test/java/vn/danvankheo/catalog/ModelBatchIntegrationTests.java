package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What bulk imports rely on: many models registered together or not at all, and models registered twice found. */
class ModelBatchIntegrationTests extends CatalogIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Test
    void oneFailingModelRegistersNoneOfTheBatch() {
        String tag = suffix();
        NewModel first = SampleModels.baDinh("lo-mot-" + tag);
        NewModel tooLongName = SampleModels.named(SampleModels.baDinh("lo-hai-" + tag), "x".repeat(301));

        assertThatThrownBy(() -> registeredAll(List.of(first, tooLongName), Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class);

        assertThat(catalog.existsBySlug("lo-mot-" + tag)).isFalse();
    }

    @Test
    void aBatchIsRegisteredAsDraftsInItsOrderEachWithItsHistory() {
        String tag = suffix();
        Editor editor = new Editor(UUID.randomUUID(), "Cán bộ nhập liệu");

        List<ModelView> stored =
                registeredAll(List.of(SampleModels.baDinh("lo-a-" + tag), SampleModels.baDinh("lo-b-" + tag)), editor);

        assertThat(stored).extracting(ModelView::slug).containsExactly("lo-a-" + tag, "lo-b-" + tag);
        assertThat(stored).extracting(model -> model.state().status()).containsOnly(ModelStatus.DRAFT);
        assertThat(catalog.history(stored.get(1).id()))
                .singleElement()
                .satisfies(revision -> assertThat(revision.changedByName()).isEqualTo("Cán bộ nhập liệu"));
    }

    @Test
    void aModelIsSimilarUnderTheSameNameInItsCommuneOrWithin200Metres() {
        String tag = suffix();
        ModelView kitchen = registered(
                SampleModels.named(SampleModels.baDinh("bep-an-" + tag), "Mô hình “Bếp ăn " + tag + "”"),
                Editor.PLATFORM);

        assertThat(catalog.similar("BẾP ĂN " + tag, "00004", 21.0285, 105.8542))
                .as("same commune, far away")
                .extracting(ModelView::id)
                .containsExactly(kitchen.id());
        assertThat(catalog.similar("Bep an " + tag, "00008", 21.0369, 105.8342))
                .as("another commune, 11 m away")
                .extracting(ModelView::id)
                .containsExactly(kitchen.id());
        assertThat(catalog.similar("Bếp ăn " + tag, "00008", 21.0381, 105.8163))
                .as("another commune, 1.8 km away")
                .isEmpty();
        assertThat(catalog.similar("Bếp ăn nghĩa tình " + tag, "00004", 21.0368, 105.8342))
                .as("another name")
                .isEmpty();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
