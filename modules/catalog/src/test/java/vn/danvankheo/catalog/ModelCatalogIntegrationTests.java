package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ModelCatalogIntegrationTests extends CatalogIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersADraftWithItsPointInWgs84AndAnnouncesIt() {
        ModelView draft = registered(SampleModels.baDinh("to-dan-pho-tu-quan-" + suffix()), Editor.PLATFORM);

        assertThat(draft.state().status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(draft.place().latitude()).isEqualTo(21.0368);
        assertThat(draft.place().longitude()).isEqualTo(105.8342);
        assertThat(draft.photos())
                .singleElement()
                .satisfies(photo -> assertThat(photo.caption()).isEqualTo("Họp tổ dân phố"));
        var stored = jdbc.sql("""
                SELECT ST_SRID(location) AS srid, ST_X(location) AS lon, ST_Y(location) AS lat
                FROM catalog.model WHERE id = :id
                """)
                .param("id", draft.id())
                .query((rs, n) -> new double[] {rs.getInt("srid"), rs.getDouble("lon"), rs.getDouble("lat")})
                .single();
        assertThat(stored).containsExactly(4326, 105.8342, 21.0368);
        assertThat(outboxRows(draft.id())).isEqualTo(1);
    }

    @Test
    void onlyPublishedModelsAreVisibleToThePublic() {
        ModelView draft = registered(SampleModels.baDinh("chua-cong-bo-" + suffix()), Editor.PLATFORM);
        assertThat(catalog.findPublishedBySlug(draft.slug())).isEmpty();

        ModelView published = catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);

        assertThat(published.state().status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(published.state().publishedAt()).isNotNull();
        assertThat(catalog.findPublishedBySlug(draft.slug())).contains(published);
        assertThat(catalog.publishedIds()).contains(draft.id());
        assertThat(outboxRows(draft.id())).isEqualTo(2);
    }

    @Test
    void aTakenSlugIsRefusedAndTheFirstModelIsUntouched() {
        String slug = "trung-duong-dan-" + suffix();
        ModelView first = registered(SampleModels.baDinh(slug), Editor.PLATFORM);
        NewModel second = SampleModels.baDinh(slug);

        assertThatThrownBy(() -> registered(second, Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("đã được mô hình khác dùng");
        assertThat(catalog.find(first.id())).contains(first);
    }

    @Test
    void badInputStoresNothing() {
        long before =
                jdbc.sql("SELECT count(*) FROM catalog.model").query(Long.class).single();
        var good = SampleModels.baDinh("vi-do-sai-" + suffix());
        var outOfRange = SampleModels.at(good, new ModelLocation(91, 105.8, "00004"));

        assertThatThrownBy(() -> registered(outOfRange, Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("Vĩ độ phải là số trong khoảng -90 đến 90.");
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.model")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void namesComeFromTheOfficialListAndADisagreeingPointIsFlaggedNotFixed() {
        var good = SampleModels.baDinh("diem-lech-" + suffix());
        var hoanKiemPoint = SampleModels.at(good, new ModelLocation(21.0287, 105.8524, "00004"));

        ModelView model = registered(hoanKiemPoint, Editor.PLATFORM);

        assertThat(model.place().communeCode()).isEqualTo("00004");
        assertThat(model.locality().communeName()).isEqualTo("Phường Ba Đình");
        assertThat(model.locality().provinceName()).isEqualTo("Thành phố Hà Nội");
        assertThat(model.locality().localityAgrees()).isFalse();
        assertThat(model.locality().localityNote()).contains("Phường Hoàn Kiếm", "không khớp");
        assertThat(registered(SampleModels.baDinh("diem-khop-" + suffix()), Editor.PLATFORM)
                        .locality()
                        .localityAgrees())
                .isTrue();
    }

    @Test
    void anUnknownCommuneIsRefused() {
        var good = SampleModels.baDinh("xa-khong-co-" + suffix());
        var unknown = SampleModels.at(good, new ModelLocation(21.0368, 105.8342, "99999"));

        assertThatThrownBy(() -> registered(unknown, Editor.PLATFORM))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("không có trong danh mục");
    }

    @Test
    void publishingAnUnknownModelSaysSo() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> catalog.publish(unknown, 0, Editor.PLATFORM))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    private long outboxRows(UUID modelId) {
        return jdbc.sql("SELECT count(*) FROM catalog.outbox_event WHERE model_id = :id")
                .param("id", modelId)
                .query(Long.class)
                .single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
