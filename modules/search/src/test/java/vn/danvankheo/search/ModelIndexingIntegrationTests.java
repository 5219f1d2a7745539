package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.testing.TestServices;

/** The catalog in real PostGIS, its outbox, and the index in a real Elasticsearch, all together. */
class ModelIndexingIntegrationTests extends SearchIntegrationTest {

    private static final BoundingBox HANOI = new BoundingBox(105.7, 20.9, 106.0, 21.2);
    private static final BoundingBox MEKONG_DELTA = new BoundingBox(104.5, 8.5, 106.8, 11.0);

    @Autowired
    UnitRegistry units;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    MapMarkers markers;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchHealthIndicator health;

    @Test
    void aPublishedModelBecomesAMarkerInsideItsViewportOnly() {
        ModelView model = publish("ba-dinh", 21.0368, 105.8342, Field.ECONOMY_SCIENCE_ENVIRONMENT);

        waitUntil(() -> markerIds(HANOI, ModelFilter.ANY).contains(model.id()));

        MapMarker marker = markers.within(HANOI, ModelFilter.ANY).block().markers().stream()
                .filter(m -> m.id().equals(model.id()))
                .findFirst()
                .orElseThrow();
        assertThat(marker.slug()).isEqualTo(model.slug());
        assertThat(marker.latitude()).isEqualTo(21.0368);
        assertThat(marker.longitude()).isEqualTo(105.8342);
        assertThat(marker.photoId()).isEqualTo(model.photos().get(0).mediaId());
        assertThat(markerIds(MEKONG_DELTA, ModelFilter.ANY)).doesNotContain(model.id());
        assertThat(markerIds(HANOI, onlyField(Field.ECONOMY_SCIENCE_ENVIRONMENT)))
                .contains(model.id());
        assertThat(markerIds(HANOI, onlyField(Field.PARTY_AND_POLITICAL_SYSTEM)))
                .doesNotContain(model.id());
    }

    @Test
    void aDraftIsNeverIndexed() {
        ModelView draft = writes.register(
                        Account.PLATFORM, sample("ban-nhap", 21.031, 105.851, Field.CULTURE_SOCIETY_PEOPLE))
                .block();
        ModelView published = publish("da-cong-bo", 21.03, 105.85, Field.CULTURE_SOCIETY_PEOPLE);

        // The outbox delivers in order, so once the later change is indexed the draft's has been handled.
        waitUntil(() -> markerIds(HANOI, ModelFilter.ANY).contains(published.id()));
        assertThat(markerIds(HANOI, ModelFilter.ANY)).doesNotContain(draft.id());
    }

    @Test
    void aModelSavedWhileElasticsearchIsDownIsFoundOnceItIsBack() {
        var services = TestServices.real();
        ModelView model;
        services.stopSearch();
        try {
            assertThat(health.health().block(Duration.ofSeconds(10)).getStatus())
                    .isEqualTo(Status.DOWN);
            model = publish("luu-khi-tim-kiem-ngung", 10.0341, 105.7880, Field.ECONOMY_SCIENCE_ENVIRONMENT);
            assertThat(catalog.findPublished(model.id())).isPresent();
        } finally {
            services.startSearch();
        }

        waitUntil(
                () -> health.health().block(Duration.ofSeconds(10)).getStatus().equals(Status.UP));
        waitUntil(() -> markerIds(MEKONG_DELTA, ModelFilter.ANY).contains(model.id()));
    }

    @Test
    void aLostIndexIsRebuiltFromTheCatalogWithoutWaitingForAChange() throws Exception {
        ModelView before = publish("truoc-khi-mat-chi-muc", 21.02, 105.84, Field.PARTY_AND_POLITICAL_SYSTEM);
        waitUntil(() -> markerIds(HANOI, ModelFilter.ANY).contains(before.id()));

        String lost = index.current().orElseThrow();
        client.indices().delete(d -> d.index(lost));

        waitUntil(() -> markerIds(HANOI, ModelFilter.ANY).contains(before.id()));
        assertThat(markerIds(BoundingBox.world(), ModelFilter.ANY)).containsAll(catalog.publishedIds());
    }

    private ModelView publish(String slugStem, double lat, double lon, Field field) {
        ModelView draft = writes.register(Account.PLATFORM, sample(slugStem, lat, lon, field))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }

    private NewModel sample(String slugStem, double lat, double lon, Field field) {
        return new NewModel(
                slugStem + "-" + UUID.randomUUID().toString().substring(0, 8),
                TestUnits.of(units, "Hội Liên hiệp Phụ nữ phường", "00004"),
                new ModelProfile(
                        "Mô hình thử " + slugStem,
                        "Hội Liên hiệp Phụ nữ",
                        OwnerKind.COLLECTIVE,
                        field,
                        2025,
                        "Tóm tắt mô hình thử.",
                        "Câu chuyện của mô hình thử."),
                new ModelLocation(lat, lon, "00004"),
                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Ảnh", "Nguồn")),
                null,
                null);
    }

    private List<UUID> markerIds(BoundingBox box, ModelFilter filter) {
        try {
            return markers.within(box, filter).block(Duration.ofSeconds(10)).markers().stream()
                    .map(MapMarker::id)
                    .toList();
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }

    private static ModelFilter onlyField(Field field) {
        return new ModelFilter(Set.of(field), null, null, null, null, null, null, null, null, null, null);
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
