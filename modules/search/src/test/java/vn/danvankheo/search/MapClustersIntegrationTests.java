package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.testing.TestServices;

/**
 * Clusters at every zoom over the real index. The models carry a year started no other test uses, and are archived
 * afterwards, so whole-country grids hold only them.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=1s",
            "dvk.search.heal-interval=1s",
            "dvk.search.markers-up-to=20",
            "dvk.places.data-directory=../../data/vn-admin"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapClustersIntegrationTests {

    @Autowired
    UnitRegistry units;

    private static final BoundingBox VIETNAM = new BoundingBox(102.1, 8.2, 109.5, 23.4);
    private static final BoundingBox AREA = new BoundingBox(107.0, 11.0, 109.0, 13.0);
    private static final int MODELS = 40;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("search").register(registry);
    }

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    MapClusters clusters;

    @Autowired
    RestClient rest;

    @Autowired
    ModelPositions positions;

    private final List<ModelView> published = new ArrayList<>();
    private ModelFilter ours;
    private int year;

    @BeforeAll
    void modelsSpreadOverAnArea() {
        year = ThreadLocalRandom.current().nextInt(1950, 2000);
        ours = ModelFilter.from(
                Map.of("startedFrom", List.of(String.valueOf(year)), "startedTo", List.of(String.valueOf(year))),
                Set.of());
        for (int i = 0; i < MODELS; i++) {
            published.add(publishAt(
                    AREA.south() + ThreadLocalRandom.current().nextDouble(AREA.north() - AREA.south()),
                    AREA.west() + ThreadLocalRandom.current().nextDouble(AREA.east() - AREA.west())));
        }
        waitUntil(() -> view(AREA, 12).total() == MODELS);
    }

    @AfterAll
    void archive() {
        published.forEach(model -> {
            ModelView current = catalog.find(model.id()).orElseThrow();
            writes.archive(Account.PLATFORM, current.id(), current.state().version())
                    .block();
        });
    }

    @Test
    void clusterCountsAddUpToTheTotalAtEveryZoom() {
        for (int zoom = 3; zoom <= 12; zoom++) {
            MapView view = view(zoom <= 6 ? VIETNAM : AREA, zoom);

            assertThat(view.markers()).as("zoom %d", zoom).isEmpty();
            assertThat(view.clusters()).as("zoom %d", zoom).isNotEmpty().hasSizeLessThanOrEqualTo(MapTile.MAX_CELLS);
            assertThat(view.clusters().stream().mapToLong(MapCluster::count).sum())
                    .as("zoom %d", zoom)
                    .isEqualTo(view.total())
                    // Another test may have published one more in the area already.
                    .isEqualTo((long) published.size());
            assertThat(view.clusters())
                    .as("each cluster's centroid lies in its cell")
                    .allSatisfy(cluster -> {
                        assertThat(cluster.latitude())
                                .isBetween(
                                        cluster.bounds().south(),
                                        cluster.bounds().north());
                        assertThat(cluster.longitude())
                                .isBetween(
                                        cluster.bounds().west(),
                                        cluster.bounds().east());
                    });
        }
    }

    @Test
    void closerInTheClustersSplitAndAViewWithFewModelsShowsThemOneByOne() {
        assertThat(view(AREA, 12).clusters().size())
                .isGreaterThan(view(AREA, 7).clusters().size());

        ModelView one = published.get(0);
        BoundingBox around = new BoundingBox(
                one.place().longitude() - 0.01,
                one.place().latitude() - 0.01,
                one.place().longitude() + 0.01,
                one.place().latitude() + 0.01);
        MapView close = view(around, 16);

        assertThat(close.clusters()).isEmpty();
        assertThat(close.markers()).extracting(MapMarker::id).contains(one.id());
        assertThat(close.total()).isEqualTo(close.markers().size());
    }

    /**
     * A view with few models at zoom 12: the cells count them, and a second request reads them. A benchmark's baseline
     * sending {@link MapClusters#firstRequest} and {@link MapClusters#nextRequest} straight gets the same models.
     */
    @Test
    void theRequestsSentStraightAreTheOnesTheMapSends() throws IOException {
        ModelView one = published.get(1);
        BoundingBox around = new BoundingBox(
                one.place().longitude() - 0.02,
                one.place().latitude() - 0.02,
                one.place().longitude() + 0.02,
                one.place().latitude() + 0.02);
        MapView view = view(around, 12);

        assertThat(view.clusters()).isEmpty();
        assertThat(view.markers()).extracting(MapMarker::id).contains(one.id());
        IndexQuery first = clusters.firstRequest(around, 12, ours);
        assertThat(first.parameters())
                .containsEntry("filter_path", MapAnswer.FILTER_PATH)
                .doesNotContainKey("typed_keys");
        assertThat(first.body()).contains("\"geotile_grid\"", "\"precision\":14", "\"geo_centroid\"");
        Optional<IndexQuery> next;
        try (InputStream answer =
                rest.performRequest(first.request()).getEntity().getContent()) {
            next = clusters.nextRequest(around, 12, ours, answer);
        }
        assertThat(next).as("few models counted: they are read next").isPresent();
        try (InputStream answer =
                rest.performRequest(next.get().request()).getEntity().getContent()) {
            assertThat(MapAnswer.read(answer).models()).containsExactlyInAnyOrderElementsOf(view.markers());
        }
    }

    @Test
    void aLowZoomViewCountsNoModelFartherThanAQuarterCellBeyondItsEdge() {
        // At zoom 7 this view is drawn in cells 0.7° wide, cut from a kept grid four times finer.
        BoundingBox westOfTheArea = new BoundingBox(102.1, 8.2, AREA.west() - 0.1, 23.4);
        double fineCell = 360.0 / (1 << (MapTile.precisionFor(westOfTheArea, 7) + MapClusters.FINER));
        long nearTheEdge = published.stream()
                .filter(model -> model.place().longitude() <= westOfTheArea.east() + fineCell)
                .count();

        MapView view = view(westOfTheArea, 7);

        assertThat(view.total()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(nearTheEdge);
    }

    @Test
    void aCountryGridFollowsANewModel() {
        long before = view(VIETNAM, 5).total();
        published.add(publishAt(12.0, 108.0));

        waitUntil(() -> view(VIETNAM, 5).total() == before + 1);
        waitUntil(() -> view(AREA, 11).total() == before + 1);
    }

    /**
     * Without a filter, from zoom 9, the map counts the positions it holds in memory (ADR 0033): the same cells, counts
     * and centroids as the aggregation over the view that it stands in for.
     */
    @Test
    void withoutAFilterTheHeldPositionsCountWhatTheAggregationCounts() {
        waitUntil(() -> positions.cells(AREA, 11).isPresent());
        for (int zoom = 9; zoom <= 16; zoom++) {
            ModelView one = published.get(zoom);
            double half = 360.0 / (1 << zoom) * 2;
            BoundingBox box = zoom <= 10
                    ? AREA
                    : new BoundingBox(
                            one.place().longitude() - half,
                            one.place().latitude() - half * 0.7,
                            one.place().longitude() + half,
                            one.place().latitude() + half * 0.7);
            int precision = MapTile.precisionFor(box, zoom);
            int atZoom = zoom;
            // The index and the held positions learn of other tests' changes each in its own time.
            waitUntil(() -> byCell(positions.cells(box, precision).orElseThrow().clusters())
                    .equals(byCell(aggregated(box, atZoom))));
            Map<BoundingBox, MapCluster> held = new HashMap<>();
            positions.cells(box, precision).orElseThrow().clusters().forEach(cell -> held.put(cell.bounds(), cell));
            assertThat(held).as("zoom %d", zoom).isNotEmpty();
            for (MapCluster cell : aggregated(box, zoom)) {
                assertThat(held.get(cell.bounds()).latitude()).isCloseTo(cell.latitude(), within(1e-6));
                assertThat(held.get(cell.bounds()).longitude()).isCloseTo(cell.longitude(), within(1e-6));
            }
        }
    }

    @Test
    void withoutAFilterANewModelIsCountedSoonAndAWithdrawnOneGoes() {
        waitUntil(() -> positions.cells(AREA, 11).isPresent());
        double lat = AREA.south() + ThreadLocalRandom.current().nextDouble(AREA.north() - AREA.south());
        double lon = AREA.west() + ThreadLocalRandom.current().nextDouble(AREA.east() - AREA.west());
        BoundingBox spot = new BoundingBox(lon - 0.0005, lat - 0.0005, lon + 0.0005, lat + 0.0005);
        long before = positions.cells(spot, 20).orElseThrow().total();

        ModelView added = publishAt(lat, lon);
        waitUntil(() -> positions.cells(spot, 20).orElseThrow().total() == before + 1);

        ModelView current = catalog.find(added.id()).orElseThrow();
        writes.archive(Account.PLATFORM, current.id(), current.state().version())
                .block();
        waitUntil(() -> positions.cells(spot, 20).orElseThrow().total() == before);
    }

    /** The aggregation the map sends for this view without a filter, sent straight, its cells read. */
    private List<MapCluster> aggregated(BoundingBox box, int zoom) {
        try (InputStream answer = rest.performRequest(
                        clusters.firstRequest(box, zoom, ModelFilter.ANY).request())
                .getEntity()
                .getContent()) {
            return MapAnswer.read(answer).cells();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each cell's count, by the cell. */
    private static Map<BoundingBox, Long> byCell(List<MapCluster> cells) {
        Map<BoundingBox, Long> counts = new HashMap<>();
        cells.forEach(cell -> counts.put(cell.bounds(), cell.count()));
        return counts;
    }

    private MapView view(BoundingBox box, int zoom) {
        try {
            return clusters.within(box, zoom, ours).block(Duration.ofSeconds(60));
        } catch (SearchUnavailableException | IllegalStateException e) {
            // A search node busy beyond the time limit answers nothing this time; waitUntil asks again.
            return new MapView(List.of(), List.of(), -1, -1);
        }
    }

    private ModelView publishAt(double lat, double lon) {
        return TestModels.published(writes, units, "cum-", "Mô hình của cụm thử", year, lat, lon);
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 600 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
