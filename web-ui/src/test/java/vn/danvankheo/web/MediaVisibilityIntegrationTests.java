package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.media.MediaLibrary;
import vn.danvankheo.media.StoredMedia;

/** A photo reaches the public only with its published model; a registration may attach only its own uploads. */
class MediaVisibilityIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Chi hội Cựu chiến binh số 2";

    @Autowired
    MediaLibrary media;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Test
    void aDraftsPhotoIsHiddenFromThePublicAndJournalistsButNotFromThoseWhoWorkOnIt() throws IOException {
        StoredMedia photo = photo();
        ModelView draft = writes.register(Account.PLATFORM, model(photo.id())).block();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");
        SignedInSession journalist = signedIn(Role.JOURNALIST, null, null);

        client().get()
                .uri("/media/" + photo.id() + "?w=320")
                .exchange()
                .expectStatus()
                .isNotFound();
        client().get()
                .uri("/media/" + photo.id() + "?w=320")
                .cookie("SESSION", journalist.session())
                .exchange()
                .expectStatus()
                .isNotFound();
        client().get()
                .uri("/media/" + photo.id() + "?w=320")
                .cookie("SESSION", contributor.session())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "no-store, private");

        writes.publish(Account.PLATFORM, draft.id(), draft.state().version()).block();

        client().get()
                .uri("/media/" + photo.id() + "?w=320")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "max-age=86400, public");
    }

    @Test
    void aRegistrationCannotAttachMediaItDidNotUpload() throws IOException {
        StoredMedia someoneElses = photo();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");

        client().post()
                .uri("/api/models")
                .cookie("SESSION", contributor.session())
                .cookie("XSRF-TOKEN", contributor.csrf())
                .header("X-XSRF-TOKEN", contributor.csrf())
                .bodyValue(model(someoneElses.id()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("không do tài khoản của bạn hay đồng nghiệp cùng đơn vị tải lên"));
    }

    @Test
    void anUpdateCannotAttachMediaItsAccountDidNotUpload() throws IOException {
        StoredMedia someoneElses = photo();
        ModelView model = writes.register(Account.PLATFORM, model(photo().id())).block();
        SignedInSession contributor = signedIn(Role.CONTRIBUTOR, UNIT, "00004");

        contributor
                .json(client().post().uri("/api/models/" + model.id() + "/updates"))
                .bodyValue(Map.of(
                        "body",
                        "Đã họp dân.",
                        "media",
                        List.of(Map.of("mediaId", someoneElses.id().toString(), "kind", "PHOTO"))))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("không do tài khoản của bạn hay đồng nghiệp cùng đơn vị tải lên"));
    }

    private StoredMedia photo() throws IOException {
        var image = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return media.storePhoto(new java.io.ByteArrayInputStream(bytes.toByteArray()), bytes.size());
    }

    private NewModel model(UUID photo) {
        return new NewModel(
                "anh-nhap-" + UUID.randomUUID().toString().substring(0, 8),
                unit(UNIT, null, "00004"),
                new ModelProfile(
                        "Mô hình có ảnh chưa công bố",
                        UNIT,
                        OwnerKind.COLLECTIVE,
                        Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS,
                        2025,
                        "Tóm tắt.",
                        "Câu chuyện."),
                new ModelLocation(21.0368, 105.8342, "00004"),
                List.of(new NewModel.NewPhoto(photo, "Chú thích", null)),
                null,
                null);
    }
}
