package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ModelRevisionsIntegrationTests extends CatalogIntegrationTest {

    private static final Editor LAN = new Editor(UUID.randomUUID(), "Lê Thị Lan");
    private static final Editor MINH = new Editor(UUID.randomUUID(), "Phạm Văn Minh");

    @Autowired
    ModelCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeKeepsWhoWhenWhatAndAReadableEarlierVersion() {
        ModelView registered = registered(SampleModels.baDinh("lich-su-" + suffix()), Editor.PLATFORM);
        ModelView published =
                catalog.publish(registered.id(), registered.state().version(), LAN);

        ModelView edited = catalog.revise(
                registered.id(),
                published.state().version(),
                new ModelEdit(
                        new ModelProfile(
                                "Tổ dân phố văn minh, an toàn", null, null, null, null, null, "Câu chuyện mới."),
                        null),
                MINH);

        assertThat(edited.profile().name()).isEqualTo("Tổ dân phố văn minh, an toàn");
        List<Revision> history = catalog.history(registered.id());
        assertThat(history)
                .extracting(Revision::change)
                .containsExactly(Revision.Change.REGISTERED, Revision.Change.PUBLISHED, Revision.Change.EDITED);
        assertThat(history)
                .extracting(Revision::changedByName)
                .containsExactly("Hệ thống", "Lê Thị Lan", "Phạm Văn Minh");
        assertThat(history.get(2).changedBy()).isEqualTo(MINH.accountId());
        assertThat(history.get(2).changedFields()).containsExactly("name", "story");
        assertThat(history)
                .extracting(Revision::version)
                .containsExactly(
                        registered.state().version(),
                        published.state().version(),
                        edited.state().version());
        ModelView before =
                catalog.asOf(registered.id(), published.state().version()).orElseThrow();
        assertThat(before).isEqualTo(published);
        assertThat(before.profile().name()).isEqualTo(registered.profile().name());
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedAndTheNewerOneKept() {
        ModelView model = registered(SampleModels.baDinh("xung-dot-" + suffix()), Editor.PLATFORM);
        ModelView first = catalog.revise(model.id(), model.state().version(), summary("Tóm tắt của chị Lan."), LAN);

        assertThatThrownBy(() ->
                        catalog.revise(model.id(), model.state().version(), summary("Tóm tắt của anh Minh."), MINH))
                .isInstanceOf(ModelEditConflictException.class)
                .hasMessageContaining("người khác cập nhật")
                .satisfies(e -> assertThat(((ModelEditConflictException) e).currentVersion())
                        .isEqualTo(first.state().version()));
        assertThat(catalog.find(model.id()).orElseThrow().profile().summary()).isEqualTo("Tóm tắt của chị Lan.");
        assertThat(catalog.history(model.id())).hasSize(2);
    }

    @Test
    void ofTwoEditorsSavingAtOnceExactlyOneWins() throws Exception {
        ModelView model = registered(SampleModels.baDinh("cung-luc-" + suffix()), Editor.PLATFORM);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<Future<ModelView>> saves = new ArrayList<>();
        for (Editor editor : List.of(LAN, MINH)) {
            saves.add(editors.submit(() -> {
                start.await();
                return catalog.revise(model.id(), model.state().version(), summary("Bản của " + editor.name()), editor);
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<ModelView> save : saves) {
            try {
                save.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ModelEditConflictException.class);
                refused++;
            }
        }
        editors.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(catalog.history(model.id())).hasSize(2);
    }

    @Test
    void thePublicSeesTheApprovedVersionUntilAModeratorApprovesTheEdit() {
        ModelView registered = registered(SampleModels.baDinh("cho-duyet-" + suffix()), Editor.PLATFORM);
        ModelView approved = catalog.publish(registered.id(), registered.state().version(), LAN);
        ModelView edited = catalog.revise(
                registered.id(),
                approved.state().version(),
                new ModelEdit(new ModelProfile("Tên mới chưa duyệt", null, null, null, null, null, null), null),
                MINH);

        assertThat(catalog.findPublishedBySlug(registered.slug())
                        .orElseThrow()
                        .profile()
                        .name())
                .isEqualTo(registered.profile().name());
        assertThat(catalog.findPublished(registered.id()).orElseThrow().state().version())
                .isEqualTo(approved.state().version());
        assertThatThrownBy(
                        () -> catalog.publish(registered.id(), approved.state().version(), LAN))
                .as("approving a version other than the current one")
                .isInstanceOf(ModelEditConflictException.class);

        catalog.publish(registered.id(), edited.state().version(), LAN);

        assertThat(catalog.findPublishedBySlug(registered.slug())
                        .orElseThrow()
                        .profile()
                        .name())
                .isEqualTo("Tên mới chưa duyệt");
    }

    @Test
    void anInvalidEditChangesNothing() {
        ModelView model = registered(SampleModels.baDinh("sua-sai-" + suffix()), Editor.PLATFORM);

        assertThatThrownBy(() -> catalog.revise(
                        model.id(),
                        model.state().version(),
                        new ModelEdit(new ModelProfile(" ", null, null, null, 1800, null, null), null),
                        LAN))
                .isInstanceOf(InvalidModelException.class);
        assertThat(catalog.find(model.id())).contains(model);
        assertThat(catalog.history(model.id())).hasSize(1);
    }

    private static ModelEdit summary(String summary) {
        return new ModelEdit(new ModelProfile(null, null, null, null, null, summary, null), null);
    }

    @Test
    void aSnapshotWrittenBeforeTheModelGrewStillReads() {
        ModelView registered = registered(SampleModels.baDinh("cu-" + suffix()), Editor.PLATFORM);
        ModelView published =
                catalog.publish(registered.id(), registered.state().version(), LAN);
        // As snapshots were written before models had details and moderation.
        jdbc.sql("""
                        UPDATE catalog.model_revision
                        SET snapshot = snapshot - 'details' - 'reviewRequested' - 'sentBackReason'
                        WHERE model_id = :model
                        """).param("model", registered.id()).update();

        ModelView old =
                catalog.asOf(registered.id(), published.state().version()).orElseThrow();

        assertThat(old.state().reviewRequested()).isFalse();
        assertThat(old.details()).isEqualTo(ModelDetails.NONE);
        assertThat(catalog.findPublished(registered.id())
                        .orElseThrow()
                        .profile()
                        .name())
                .isEqualTo(registered.profile().name());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
