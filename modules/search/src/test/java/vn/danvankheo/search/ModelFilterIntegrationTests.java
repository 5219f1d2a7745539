package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.catalog.ProgressUpdate.UpdateMedia;
import vn.danvankheo.places.BoundingBox;

/** Every filter of the map and search, asked of the real index about two models that differ in every respect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFilterIntegrationTests extends SearchIntegrationTest {

    @Autowired
    UnitRegistry units;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    MapMarkers markers;

    /** A spot of its own, so models other tests left in the index never answer. */
    private BoundingBox spot;

    private UUID collectiveWithPhotos;
    private UUID individualWithVideo;

    @BeforeAll
    void twoModelsThatDifferInEveryRespect() {
        double lat = 20.5 + ThreadLocalRandom.current().nextDouble(0.5);
        double lon = 105.5 + ThreadLocalRandom.current().nextDouble(0.5);
        spot = new BoundingBox(lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);

        collectiveWithPhotos = publish(new NewModel(
                        "tap-the-" + UUID.randomUUID().toString().substring(0, 8),
                        TestUnits.of(units, "Hội Nông dân xã", "00004"),
                        new ModelProfile(
                                "Mô hình tập thể có ảnh",
                                "Hội Nông dân xã",
                                OwnerKind.COLLECTIVE,
                                Field.CULTURE_SOCIETY_PEOPLE,
                                2020,
                                "Tóm tắt.",
                                "Câu chuyện."),
                        new ModelLocation(lat, lon, "00004"),
                        List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Ảnh", "Nguồn")),
                        null,
                        null))
                .id();
        ModelView individual = publish(new NewModel(
                "ca-nhan-" + UUID.randomUUID().toString().substring(0, 8),
                TestUnits.of(units, "Hội Cựu chiến binh xã", "00004"),
                new ModelProfile(
                        "Mô hình cá nhân có video",
                        "Nguyễn Văn A",
                        OwnerKind.INDIVIDUAL,
                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                        2025,
                        "Tóm tắt.",
                        "Câu chuyện."),
                new ModelLocation(lat + 0.0001, lon, "00004"),
                List.of(),
                new ModelDetails(OwnerDisclosure.FULL_NAME, true, null, null, null, null, null, null),
                null));
        individualWithVideo = individual.id();
        ProgressUpdate update = writes.writeUpdate(
                        Account.PLATFORM,
                        individualWithVideo,
                        new NewUpdate(
                                "Quay lại buổi ra quân.",
                                null,
                                List.of(new UpdateMedia(UUID.randomUUID(), UpdateMedia.Kind.VIDEO, "Video", "Nguồn"))))
                .block();
        writes.publishUpdate(Account.PLATFORM, individualWithVideo, update.id(), update.version())
                .block();

        waitUntil(() -> found(Map.of("hasVideo", "true")).contains(individualWithVideo)
                && found(Map.of()).contains(collectiveWithPhotos));
    }

    @Test
    void fieldInEitherSchemeProvinceAndCommune() {
        assertThat(found(Map.of("field", "CULTURE_SOCIETY_PEOPLE"))).containsExactly(collectiveWithPhotos);
        assertThat(found(Map.of("field", "ECONOMY"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("field", "ECONOMY,CULTURE_SOCIETY")))
                .containsExactlyInAnyOrder(collectiveWithPhotos, individualWithVideo);
        assertThat(found(Map.of("province", "01")))
                .containsExactlyInAnyOrder(collectiveWithPhotos, individualWithVideo);
        assertThat(found(Map.of("province", "79"))).isEmpty();
        assertThat(found(Map.of("commune", "00004")))
                .containsExactlyInAnyOrder(collectiveWithPhotos, individualWithVideo);
        assertThat(found(Map.of("commune", "26734"))).isEmpty();
    }

    @Test
    void ownerStageAndYearStarted() {
        assertThat(found(Map.of("owner", "individual"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("owner", "collective"))).containsExactly(collectiveWithPhotos);
        assertThat(found(Map.of("stage", "continuing"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("stage", "new"))).containsExactly(collectiveWithPhotos);
        assertThat(found(Map.of("startedFrom", "2024"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("startedTo", "2024"))).containsExactly(collectiveWithPhotos);
        assertThat(found(Map.of("startedFrom", "2021", "startedTo", "2024"))).isEmpty();
    }

    @Test
    void photosAndVideoIncludingThoseOfApprovedUpdates() {
        assertThat(found(Map.of("hasPhotos", "true"))).containsExactly(collectiveWithPhotos);
        assertThat(found(Map.of("hasPhotos", "false"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("hasVideo", "true"))).containsExactly(individualWithVideo);
        assertThat(found(Map.of("hasVideo", "false"))).containsExactly(collectiveWithPhotos);
    }

    /** No recognition is recorded yet, so every model is "none" and no level or year finds one. */
    @Test
    void recognitionLevelAndYear() {
        assertThat(found(Map.of("recognition", "none")))
                .containsExactlyInAnyOrder(collectiveWithPhotos, individualWithVideo);
        assertThat(found(Map.of("recognition", "central"))).isEmpty();
        assertThat(found(Map.of("recognition", "grassroots,provincial"))).isEmpty();
        assertThat(found(Map.of("recognitionYear", "2027"))).isEmpty();
        assertThat(found(Map.of("recognition", "none,central")))
                .containsExactlyInAnyOrder(collectiveWithPhotos, individualWithVideo);
    }

    @Test
    void filtersCombine() {
        assertThat(found(Map.of("owner", "individual", "hasVideo", "true", "province", "01")))
                .containsExactly(individualWithVideo);
        assertThat(found(Map.of("owner", "individual", "hasPhotos", "true"))).isEmpty();
    }

    private ModelView publish(NewModel model) {
        ModelView draft = writes.register(Account.PLATFORM, model).block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }

    private List<UUID> found(Map<String, String> parameters) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        parameters.forEach((name, value) -> query.put(name, List.of(value)));
        ModelFilter filter = ModelFilter.from(query, Set.of());
        try {
            return markers.within(spot, filter).block(Duration.ofSeconds(10)).markers().stream()
                    .map(MapMarker::id)
                    .toList();
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 300 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
