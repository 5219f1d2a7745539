package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.catalog.ProgressUpdate.UpdateMedia;

class PublicMediaIntegrationTests extends CatalogIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ProgressUpdates updates;

    @Test
    void aModelsPhotoIsPublicOnlyWhileTheModelIs() {
        NewModel given = SampleModels.baDinh(
                "anh-cong-khai-" + UUID.randomUUID().toString().substring(0, 8));
        UUID photo = given.photos().get(0).mediaId();
        ModelView draft = registered(given, Editor.PLATFORM);
        assertThat(catalog.isPublicMedia(photo)).as("draft").isFalse();

        ModelView published = catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);
        assertThat(catalog.isPublicMedia(photo)).as("published").isTrue();

        catalog.archive(draft.id(), published.state().version(), Editor.PLATFORM);
        assertThat(catalog.isPublicMedia(photo)).as("archived").isFalse();
        assertThat(catalog.isPublicMedia(UUID.randomUUID())).as("unknown").isFalse();
    }

    @Test
    void anUpdatesVideoIsPublicOnceTheUpdateIsApproved() {
        ModelView draft = registered(
                SampleModels.withPlan(
                        "video-cap-nhat-" + UUID.randomUUID().toString().substring(0, 8)),
                Editor.PLATFORM);
        catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);
        UUID video = UUID.randomUUID();
        ProgressUpdate pending = updates.write(
                draft.id(),
                new NewUpdate(
                        "Phóng sự ngắn.", null, List.of(new UpdateMedia(video, UpdateMedia.Kind.VIDEO, null, null))),
                Editor.PLATFORM);
        assertThat(catalog.isPublicMedia(video)).as("pending update").isFalse();

        updates.publish(draft.id(), pending.id(), pending.version(), Editor.PLATFORM);

        assertThat(catalog.isPublicMedia(video)).as("approved update").isTrue();
    }
}
