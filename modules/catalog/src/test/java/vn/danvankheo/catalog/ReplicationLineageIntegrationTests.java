package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReplicationLineageIntegrationTests extends CatalogIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Autowired
    Lineages lineages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplicationShowsOnBothModelsOnceBothArePublished() {
        ModelView original = published(SampleModels.baDinh("mo-hinh-goc-" + suffix()));
        ModelView replica = registered(
                SampleModels.replicating(SampleModels.withPlan("nhan-rong-" + suffix()), original.id()),
                Editor.PLATFORM);

        assertThat(replica.replicates()).isEqualTo(original.id());
        assertThat(lineages.of(original.id()).replications())
                .as("a draft replica is not public yet")
                .isEmpty();

        catalog.publish(replica.id(), replica.state().version(), Editor.PLATFORM);

        Lineage ofOriginal = lineages.of(original.id());
        assertThat(ofOriginal.original()).isNull();
        assertThat(ofOriginal.replications()).singleElement().satisfies(link -> {
            assertThat(link.slug()).isEqualTo(replica.slug());
            assertThat(link.name()).isEqualTo("Bữa cơm nghĩa tình cho bệnh nhân nghèo");
            assertThat(link.communeName()).isEqualTo(original.locality().today().communeName());
            assertThat(link.yearStarted()).isEqualTo(2024);
        });
        Lineage ofReplica = lineages.of(replica.id());
        assertThat(ofReplica.original().slug()).isEqualTo(original.slug());
        assertThat(ofReplica.replications()).isEmpty();
    }

    @Test
    void anArchivedOrUnknownOriginalIsRefusedAndARefusalStoresNothing() {
        ModelView archived = published(SampleModels.baDinh("da-luu-tru-" + suffix()));
        catalog.archive(archived.id(), archived.state().version(), Editor.PLATFORM);
        long before =
                jdbc.sql("SELECT count(*) FROM catalog.model").query(Long.class).single();

        assertThatThrownBy(() -> registered(
                        SampleModels.replicating(SampleModels.baDinh("nhan-rong-luu-tru-" + suffix()), archived.id()),
                        Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("đã lưu trữ");
        assertThatThrownBy(() -> registered(
                        SampleModels.replicating(
                                SampleModels.baDinh("nhan-rong-khong-co-" + suffix()), UUID.randomUUID()),
                        Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.model")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aLinkToADraftShowsOnNeitherPageUntilTheDraftIsPublished() {
        ModelView draft = registered(SampleModels.baDinh("goc-ban-nhap-" + suffix()), Editor.PLATFORM);
        ModelView replica =
                published(SampleModels.replicating(SampleModels.baDinh("theo-ban-nhap-" + suffix()), draft.id()));

        assertThat(lineages.of(replica.id()).isEmpty()).isTrue();

        catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);

        assertThat(lineages.of(replica.id()).original().slug()).isEqualTo(draft.slug());
        assertThat(lineages.of(draft.id()).replications())
                .extracting(Lineage.Link::slug)
                .containsExactly(replica.slug());
    }

    @Test
    void aLineageNeverLoopsBack() {
        ModelView first = published(SampleModels.baDinh("dau-tien-" + suffix()));
        ModelView second = published(SampleModels.replicating(SampleModels.baDinh("thu-hai-" + suffix()), first.id()));

        assertThatThrownBy(
                        () -> catalog.nameOriginal(first.id(), first.state().version(), second.id(), Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("không thể nhân rộng");
        assertThatThrownBy(() -> catalog.nameOriginal(first.id(), first.state().version(), first.id(), Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class);
        assertThat(catalog.find(first.id()).orElseThrow().replicates()).isNull();
    }

    @Test
    void aLinkNamedOnAPublishedModelWaitsForTheModeratorLikeAnyEdit() {
        ModelView original = published(SampleModels.baDinh("goc-cho-duyet-" + suffix()));
        ModelView later = published(SampleModels.baDinh("sau-moi-ghi-" + suffix()));

        ModelView named = catalog.nameOriginal(later.id(), later.state().version(), original.id(), Editor.PLATFORM);

        assertThat(named.replicates()).isEqualTo(original.id());
        assertThat(last(catalog.history(later.id())).changedFields()).containsExactly("replicates");
        assertThat(lineages.of(later.id()).original()).isNull();
        assertThat(lineages.of(original.id()).replications()).isEmpty();

        catalog.publish(later.id(), named.state().version(), Editor.PLATFORM);

        assertThat(lineages.of(later.id()).original().slug()).isEqualTo(original.slug());
        assertThat(lineages.of(original.id()).replications())
                .extracting(Lineage.Link::slug)
                .containsExactly(later.slug());

        ModelView unnamed = catalog.nameOriginal(
                later.id(), catalog.find(later.id()).orElseThrow().state().version(), null, Editor.PLATFORM);
        assertThat(unnamed.replicates()).isNull();
    }

    private ModelView published(NewModel model) {
        ModelView draft = registered(model, Editor.PLATFORM);
        return catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);
    }

    private static Revision last(java.util.List<Revision> history) {
        return history.get(history.size() - 1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
