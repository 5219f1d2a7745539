package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Editor;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.testing.TestServices;

/** The catalog in real PostGIS, its outbox, and the index in a real Elasticsearch, all together. */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=1s",
            "dvk.search.heal-interval=1s",
            "dvk.places.data-directory=../../data/vn-admin"
        })
class ModelIndexingIntegrationTests {

    private static final BoundingBox HANOI = new BoundingBox(105.7, 20.9, 106.0, 21.2);
    private static final BoundingBox MEKONG_DELTA = new BoundingBox(104.5, 8.5, 106.8, 11.0);

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("search").register(registry);
    }

    @Autowired
    UnitRegistry units;

    private static UUID unit;

    @Autowired
    ModelCatalog catalog;

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

        waitUntil(() -> markerIds(HANOI, Optional.empty()).contains(model.id()));

        MapMarker marker = markers.within(HANOI, Optional.empty()).block().markers().stream()
                .filter(m -> m.id().equals(model.id()))
                .findFirst()
                .orElseThrow();
        assertThat(marker.slug()).isEqualTo(model.slug());
        assertThat(marker.latitude()).isEqualTo(21.0368);
        assertThat(marker.longitude()).isEqualTo(105.8342);
        assertThat(marker.photoId()).isEqualTo(model.photos().get(0).mediaId());
        assertThat(markerIds(MEKONG_DELTA, Optional.empty())).doesNotContain(model.id());
        assertThat(markerIds(HANOI, Optional.of(Field.ECONOMY_SCIENCE_ENVIRONMENT)))
                .contains(model.id());
        assertThat(markerIds(HANOI, Optional.of(Field.PARTY_AND_POLITICAL_SYSTEM)))
                .doesNotContain(model.id());
    }

    @Test
    void aDraftIsNeverIndexed() {
        ModelView draft =
                catalog.register(sample("ban-nhap", 21.031, 105.851, Field.CULTURE_SOCIETY_PEOPLE), Editor.PLATFORM);
        ModelView published = publish("da-cong-bo", 21.03, 105.85, Field.CULTURE_SOCIETY_PEOPLE);

        // The outbox delivers in order, so once the later change is indexed the draft's has been handled.
        waitUntil(() -> markerIds(HANOI, Optional.empty()).contains(published.id()));
        assertThat(markerIds(HANOI, Optional.empty())).doesNotContain(draft.id());
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
        waitUntil(() -> markerIds(MEKONG_DELTA, Optional.empty()).contains(model.id()));
    }

    @Test
    void aLostIndexIsRebuiltFromTheCatalogWithoutWaitingForAChange() throws Exception {
        ModelView before = publish("truoc-khi-mat-chi-muc", 21.02, 105.84, Field.PARTY_AND_POLITICAL_SYSTEM);
        waitUntil(() -> markerIds(HANOI, Optional.empty()).contains(before.id()));

        client.indices().delete(d -> d.index(index.concreteName()));

        waitUntil(() -> markerIds(HANOI, Optional.empty()).contains(before.id()));
        assertThat(markerIds(BoundingBox.world(), Optional.empty())).containsAll(catalog.publishedIds());
    }

    private ModelView publish(String slugStem, double lat, double lon, Field field) {
        ModelView draft = catalog.register(sample(slugStem, lat, lon, field), Editor.PLATFORM);
        return catalog.publish(draft.id(), draft.version(), Editor.PLATFORM);
    }

    private NewModel sample(String slugStem, double lat, double lon, Field field) {
        if (unit == null) {
            unit = units.register(new NewUnit(
                            "Hội Liên hiệp Phụ nữ " + UUID.randomUUID(),
                            UnitKind.MASS_ORGANISATION,
                            null,
                            "00004",
                            null))
                    .id();
        }
        return new NewModel(
                slugStem + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Mô hình thử " + slugStem,
                "Hội Liên hiệp Phụ nữ",
                OwnerKind.COLLECTIVE,
                unit,
                field,
                new NewModel.Location(lat, lon, "00004"),
                2025,
                "Tóm tắt mô hình thử.",
                "Câu chuyện của mô hình thử.",
                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Ảnh", "Nguồn")));
    }

    private List<UUID> markerIds(BoundingBox box, Optional<Field> field) {
        try {
            return markers.within(box, field).block(Duration.ofSeconds(10)).markers().stream()
                    .map(MapMarker::id)
                    .toList();
        } catch (SearchUnavailableException e) {
            return List.of();
        }
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
