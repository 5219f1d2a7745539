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
        ModelView submitted = catalog.submit(draft.id(), draft.version(), UNIT);

        assertThat(submitted.status()).isEqualTo(ModelStatus.SUBMITTED);
        assertThat(queued(draft.id())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(AwaitingReview.Kind.NEW_MODEL);
            assertThat(item.version()).isEqualTo(submitted.version());
            assertThat(item.provinceName()).isEqualTo("Thành phố Hà Nội");
        });

        assertThatThrownBy(() -> catalog.sendBack(draft.id(), submitted.version(), "  ", MODERATOR))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Lý do trả lại không được để trống.");
        ModelView sentBack =
                catalog.sendBack(draft.id(), submitted.version(), "Bổ sung chỉ tiêu đo được cho mục tiêu.", MODERATOR);

        assertThat(sentBack.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(sentBack.sentBackReason()).isEqualTo("Bổ sung chỉ tiêu đo được cho mục tiêu.");
        assertThat(queued(draft.id())).isEmpty();
        assertThat(catalog.findPublished(draft.id())).isEmpty();

        ModelView again = catalog.submit(draft.id(), sentBack.version(), UNIT);
        assertThat(again.sentBackReason()).isNull();
        ModelView published = catalog.publish(draft.id(), again.version(), MODERATOR);
        assertThat(published.status()).isEqualTo(ModelStatus.PUBLISHED);
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
        ModelView published = catalog.publish(draft.id(), draft.version(), MODERATOR);
        ModelView edited = catalog.revise(
                draft.id(),
                published.version(),
                new ModelEdit("Tên mới chưa duyệt", null, null, null, "Tóm tắt mới.", null),
                UNIT);
        assertThat(queued(draft.id())).as("changes wait until the unit asks").isEmpty();

        ModelView offered = catalog.submit(draft.id(), edited.version(), UNIT);

        assertThat(offered.status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(offered.reviewRequested()).isTrue();
        assertThat(queued(draft.id())).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(AwaitingReview.Kind.CHANGES);
            assertThat(item.changedParts()).containsExactly("name", "summary");
        });
        assertThat(catalog.findPublished(draft.id()).orElseThrow().name()).isEqualTo(draft.name());

        ModelView returned = catalog.sendBack(draft.id(), offered.version(), "Tên mới chưa đúng.", MODERATOR);

        assertThat(returned.reviewRequested()).isFalse();
        assertThat(queued(draft.id())).isEmpty();
        assertThat(catalog.findPublished(draft.id()).orElseThrow().name()).isEqualTo(draft.name());
    }

    @Test
    void theQueueOfACommuneHoldsOnlyItsOwnModels() {
        ModelView draft = registered(SampleModels.baDinh("pham-vi-" + suffix()), UNIT);
        catalog.submit(draft.id(), draft.version(), UNIT);

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
        ModelView published = catalog.publish(draft.id(), draft.version(), MODERATOR);

        ModelView archived = catalog.archive(draft.id(), published.version(), MODERATOR);

        assertThat(catalog.findPublished(draft.id())).isEmpty();
        assertThat(catalog.publishedIds()).doesNotContain(draft.id());
        assertThatThrownBy(() -> catalog.submit(draft.id(), archived.version(), UNIT))
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
