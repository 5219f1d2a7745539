package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.catalog.ProgressUpdate.IndicatorValue;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.catalog.ProgressUpdate.Status;
import vn.danvankheo.catalog.ProgressUpdate.UpdateMedia;

class ProgressUpdatesIntegrationTests extends CatalogIntegrationTest {

    private static final Editor UNIT = new Editor(UUID.randomUUID(), "Cán bộ Hội Phụ nữ");
    private static final Editor MODERATOR = new Editor(UUID.randomUUID(), "Người kiểm duyệt");

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ProgressUpdates updates;

    @Test
    void anUpdateReachesThePublicTimelineOnlyOnceApproved() {
        ModelView model = published("tien-do-");
        UUID photo = UUID.randomUUID();
        ProgressUpdate written = updates.write(
                model.id(),
                new NewUpdate(
                        "Quý I: phát 3.600 suất cơm.",
                        List.of(new IndicatorValue("Suất cơm mỗi tuần", new BigDecimal("280"))),
                        List.of(new UpdateMedia(photo, UpdateMedia.Kind.PHOTO, "Phát cơm trưa", "Ảnh: Hội"))),
                UNIT);

        assertThat(written.status()).isEqualTo(Status.SUBMITTED);
        assertThat(written.writtenByName()).isEqualTo("Cán bộ Hội Phụ nữ");
        assertThat(updates.publishedTimeline(model.id())).isEmpty();
        assertThat(updates.awaitingReview("01", "00004"))
                .extracting(ProgressUpdate::id)
                .contains(written.id());
        assertThat(updates.awaitingReview("79", null))
                .extracting(ProgressUpdate::id)
                .doesNotContain(written.id());

        ProgressUpdate approved = updates.publish(model.id(), written.id(), written.version(), MODERATOR);

        assertThat(approved.status()).isEqualTo(Status.PUBLISHED);
        assertThat(approved.reviewedByName()).isEqualTo("Người kiểm duyệt");
        assertThat(updates.publishedTimeline(model.id())).singleElement().satisfies(update -> {
            assertThat(update.indicatorValues().get(0).value()).isEqualByComparingTo("280");
            assertThat(update.media().get(0).mediaId()).isEqualTo(photo);
        });
        assertThat(updates.awaitingReview(null, null))
                .extracting(ProgressUpdate::id)
                .doesNotContain(written.id());
    }

    @Test
    void aSentBackUpdateKeepsTheReasonAndCannotBeReviewedTwice() {
        ModelView model = published("tra-lai-cap-nhat-");
        ProgressUpdate written = updates.write(model.id(), new NewUpdate("Đã làm.", null, null), UNIT);

        ProgressUpdate returned =
                updates.sendBack(model.id(), written.id(), written.version(), "Cần ghi rõ số liệu.", MODERATOR);

        assertThat(returned.status()).isEqualTo(Status.SENT_BACK);
        assertThat(returned.sentBackReason()).isEqualTo("Cần ghi rõ số liệu.");
        assertThatThrownBy(() -> updates.publish(model.id(), written.id(), returned.version(), MODERATOR))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Cập nhật này không còn chờ duyệt.");
        assertThat(updates.publishedTimeline(model.id())).isEmpty();
    }

    @Test
    void anApprovalOfAnOlderVersionOfTheUpdateIsAConflict() {
        ModelView model = published("cu-");
        ProgressUpdate written = updates.write(model.id(), new NewUpdate("Đã làm.", null, null), UNIT);

        assertThatThrownBy(() -> updates.publish(model.id(), written.id(), written.version() + 7, MODERATOR))
                .isInstanceOf(ModelEditConflictException.class);
        assertThat(updates.find(model.id(), written.id()).orElseThrow().status())
                .isEqualTo(Status.SUBMITTED);
    }

    @Test
    void anIndicatorNotInThePlanIsRefusedAndNothingIsStored() {
        ModelView model = published("chi-tieu-la-");

        assertThatThrownBy(() -> updates.write(
                        model.id(),
                        new NewUpdate("Đã làm.", List.of(new IndicatorValue("Số cây xanh", BigDecimal.TEN)), null),
                        UNIT))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Chỉ tiêu \"Số cây xanh\" không có trong kế hoạch của mô hình.");
        assertThat(updates.timeline(model.id())).isEmpty();
    }

    @Test
    void updatesOfAModelNotYetPublishedStayOffThePublicTimeline() {
        ModelView draft = registered(SampleModels.withPlan("nhap-" + suffix()), UNIT);
        ProgressUpdate written = updates.write(draft.id(), new NewUpdate("Đã làm.", null, null), UNIT);
        updates.publish(draft.id(), written.id(), written.version(), MODERATOR);

        assertThat(updates.publishedTimeline(draft.id())).isEmpty();
        assertThat(updates.timeline(draft.id())).hasSize(1);
    }

    private ModelView published(String prefix) {
        ModelView draft = registered(SampleModels.withPlan(prefix + suffix()), UNIT);
        return catalog.publish(draft.id(), draft.state().version(), MODERATOR);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
