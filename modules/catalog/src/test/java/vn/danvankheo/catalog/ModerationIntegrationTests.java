package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModerationIntegrationTests extends CatalogIntegrationTest {

    private static final Editor UNIT = new Editor(UUID.randomUUID(), "Cán bộ tổ dân phố");
    private static final Editor MODERATOR = new Editor(UUID.randomUUID(), "Người kiểm duyệt phường");

    @Autowired
    ModelCatalog catalog;

    @Test
    void aNewModelWaitsInTheQueueAndASentBackOneSaysWhy() {
        ModelView draft = registered(SampleModels.baDinh("hang-cho-" + suffix()), UNIT);
        ModelView submitted = catalog.submit(draft.id(), draft.state().version(), UNIT);

        assertThat(submitted.state().status()).isEqualTo(ModelStatus.SUBMITTED);
        assertThat(queued(draft.id())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(AwaitingReview.Kind.NEW_MODEL);
            assertThat(item.version()).isEqualTo(submitted.state().version());
            assertThat(item.provinceName()).isEqualTo("Thành phố Hà Nội");
        });

        assertThatThrownBy(() -> catalog.sendBack(draft.id(), submitted.state().version(), "  ", MODERATOR))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Lý do trả lại không được để trống.");
        ModelView sentBack = catalog.sendBack(
                draft.id(), submitted.state().version(), "Bổ sung chỉ tiêu đo được cho mục tiêu.", MODERATOR);

        assertThat(sentBack.state().status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(sentBack.state().sentBackReason()).isEqualTo("Bổ sung chỉ tiêu đo được cho mục tiêu.");
        assertThat(queued(draft.id())).isEmpty();
        assertThat(catalog.findPublished(draft.id())).isEmpty();

        ModelView again = catalog.submit(draft.id(), sentBack.state().version(), UNIT);
        assertThat(again.state().sentBackReason()).isNull();
        ModelView published = catalog.publish(draft.id(), again.state().version(), MODERATOR);
        assertThat(published.state().status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(queued(draft.id())).isEmpty();
        assertThat(catalog.history(draft.id()))
                .extracting(Revision::change)
                .containsExactly(
                        Revision.Change.REGISTERED,
                        Revision.Change.SUBMITTED,
                        Revision.Change.SENT_BACK,
                        Revision.Change.SUBMITTED,
                        Revision.Change.PUBLISHED);
    }

    @Test
    void changesToAPublishedModelWaitWhileThePublicKeepsTheApprovedVersion() {
        ModelView draft = registered(SampleModels.baDinh("thay-doi-" + suffix()), UNIT);
        ModelView published = catalog.publish(draft.id(), draft.state().version(), MODERATOR);
        ModelView edited = catalog.revise(
                draft.id(),
                published.state().version(),
                new ModelEdit(
                        new ModelProfile("Tên mới chưa duyệt", null, null, null, null, "Tóm tắt mới.", null), null),
                UNIT);
        assertThat(queued(draft.id())).as("changes wait until the unit asks").isEmpty();

        ModelView offered = catalog.submit(draft.id(), edited.state().version(), UNIT);

        assertThat(offered.state().status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(offered.state().reviewRequested()).isTrue();
        assertThat(queued(draft.id())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(AwaitingReview.Kind.CHANGES);
            assertThat(item.changedParts()).containsExactly("name", "summary");
        });
        assertThat(catalog.findPublished(draft.id()).orElseThrow().profile().name())
                .isEqualTo(draft.profile().name());

        ModelView returned = catalog.sendBack(draft.id(), offered.state().version(), "Tên mới chưa đúng.", MODERATOR);

        assertThat(returned.state().reviewRequested()).isFalse();
        assertThat(queued(draft.id())).isEmpty();
        assertThat(catalog.findPublished(draft.id()).orElseThrow().profile().name())
                .isEqualTo(draft.profile().name());
    }

    @Test
    void theQueueOfACommuneHoldsOnlyItsOwnModels() {
        ModelView draft = registered(SampleModels.baDinh("pham-vi-" + suffix()), UNIT);
        catalog.submit(draft.id(), draft.state().version(), UNIT);

        assertThat(catalog.awaitingReview("01", "00004"))
                .extracting(AwaitingReview::modelId)
                .contains(draft.id());
        assertThat(catalog.awaitingReview("01", "00008"))
                .extracting(AwaitingReview::modelId)
                .doesNotContain(draft.id());
        assertThat(catalog.awaitingReview("79", null))
                .extracting(AwaitingReview::modelId)
                .doesNotContain(draft.id());
        assertThat(catalog.awaitingReview(null, null))
                .extracting(AwaitingReview::modelId)
                .contains(draft.id());
    }

    @Test
    void anArchivedModelLeavesThePublicAndCannotBeSubmitted() {
        ModelView draft = registered(SampleModels.baDinh("luu-tru-" + suffix()), UNIT);
        ModelView published = catalog.publish(draft.id(), draft.state().version(), MODERATOR);

        ModelView archived = catalog.archive(draft.id(), published.state().version(), MODERATOR);

        assertThat(catalog.findPublished(draft.id())).isEmpty();
        assertThat(catalog.publishedIds()).doesNotContain(draft.id());
        assertThatThrownBy(() -> catalog.submit(draft.id(), archived.state().version(), UNIT))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("lưu trữ");
    }

    private List<AwaitingReview> queued(UUID id) {
        return catalog.awaitingReview("01", null).stream()
                .filter(item -> item.modelId().equals(id))
                .toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
