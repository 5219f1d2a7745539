package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvankheo.places.BoundingBox;

/** The held positions counted per cell against the models checked one by one, as Elasticsearch would. */
class PositionSnapshotTests {

    private static final BoundingBox VIETNAM = new BoundingBox(102.1, 8.2, 109.5, 23.4);

    private final Random random = new Random(20261202);

    @Test
    void everyCellCountsWhatCheckingEachModelCounts() {
        List<Model> models = models(20_000);
        PositionSnapshot snapshot = PositionSnapshot.of(stored(models));

        for (int view = 0; view < 200; view++) {
            BoundingBox box = viewAround(models.get(random.nextInt(models.size())), 0.02 + random.nextDouble() * 3);
            int precision = MapTile.precisionFor(box, 5 + random.nextInt(14));

            Map<BoundingBox, MapCluster> expected = oneByOne(models, box, precision);
            Map<BoundingBox, MapCluster> counted =
                    byCell(snapshot.cells(box, precision).clusters());

            assertThat(counted.keySet()).as("view %s at %d", box, precision).isEqualTo(expected.keySet());
            expected.forEach((cell, cluster) -> {
                MapCluster held = counted.get(cell);
                assertThat(held.count()).isEqualTo(cluster.count());
                assertThat(held.latitude()).isCloseTo(cluster.latitude(), within(1e-9));
                assertThat(held.longitude()).isCloseTo(cluster.longitude(), within(1e-9));
            });
        }
    }

    @Test
    void modelsOnAViewsEdgeAreInsideItAsElasticsearchReadsTheBox() {
        List<Model> models = new ArrayList<>(models(100));
        BoundingBox box = new BoundingBox(105.5, 20.5, 106.5, 21.5);
        models.add(new Model(UUID.randomUUID(), 20.5, 105.7));
        models.add(new Model(UUID.randomUUID(), 21.5, 106.5));
        models.add(new Model(UUID.randomUUID(), 21.0, 105.5));
        models.add(new Model(UUID.randomUUID(), Math.nextDown(20.5), 105.7));
        models.add(new Model(UUID.randomUUID(), 21.0, Math.nextUp(106.5) + 1e-7));

        CellSums counted = PositionSnapshot.of(stored(models)).cells(box, 12);

        long expected = oneByOne(models, box, 12).values().stream()
                .mapToLong(MapCluster::count)
                .sum();
        // On the northern and eastern edges a model is inside; on the southern and western ones only if its stored
        // coordinate reaches the edge rounded up to the next stored value, as Lucene's box query reads it.
        assertThat(counted.total()).isEqualTo(expected).isPositive();
    }

    @Test
    void aModelIsFoundByItsIdAndAnUnknownIdIsNot() {
        List<Model> models = models(5_000);
        PositionSnapshot snapshot = PositionSnapshot.of(stored(models));

        for (Model model : models) {
            int index = snapshot.indexOf(model.id());
            assertThat(index).isNotNegative();
            assertThat(snapshot.latitude(index)).isEqualTo(PointEncoding.storedLatitude(model.latitude()));
            assertThat(snapshot.longitude(index)).isEqualTo(PointEncoding.storedLongitude(model.longitude()));
        }
        assertThat(snapshot.indexOf(UUID.randomUUID())).isEqualTo(-1);
    }

    @Test
    void nothingHeldCountsNothing() {
        assertThat(PositionSnapshot.of(new StoredPositions()).cells(VIETNAM, 9).clusters())
                .isEmpty();
    }

    @Test
    void theZOrderOfATileGivesItBack() {
        for (int i = 0; i < 1_000; i++) {
            int x = random.nextInt(1 << PositionSnapshot.PRECISION);
            int y = random.nextInt(1 << PositionSnapshot.PRECISION);
            long code = ZOrder.of(x, y);
            assertThat(ZOrder.x(code)).isEqualTo(x);
            assertThat(ZOrder.y(code)).isEqualTo(y);
            assertThat(code >>> 2).isEqualTo(ZOrder.of(x >>> 1, y >>> 1));
        }
    }

    @Test
    void aStoredCoordinateReadsBackAsItself() {
        for (int i = 0; i < 10_000; i++) {
            double latitude = -90 + random.nextDouble() * 180;
            double longitude = -180 + random.nextDouble() * 360;
            int lat = PointEncoding.storedLatitude(latitude);
            int lon = PointEncoding.storedLongitude(longitude);
            assertThat(PointEncoding.storedLatitude(PointEncoding.latitude(lat)))
                    .isEqualTo(lat);
            assertThat(PointEncoding.storedLongitude(PointEncoding.longitude(lon)))
                    .isEqualTo(lon);
            assertThat(PointEncoding.latitude(lat)).isCloseTo(latitude, within(1e-7));
        }
    }

    @Test
    void aStoredPointsTileIsTheMapsTile() {
        for (int i = 0; i < 10_000; i++) {
            double latitude = 8 + random.nextDouble() * 16;
            double longitude = 102 + random.nextDouble() * 8;
            int lat = PointEncoding.storedLatitude(latitude);
            int lon = PointEncoding.storedLongitude(longitude);
            int precision = random.nextInt(PositionSnapshot.PRECISION + 1);
            BoundingBox tile = new MapTile(
                            precision, PointEncoding.tileX(lon, precision), PointEncoding.tileY(lat, precision))
                    .bounds();
            assertThat(PointEncoding.latitude(lat)).isBetween(tile.south() - 1e-9, tile.north() + 1e-9);
            assertThat(PointEncoding.longitude(lon)).isBetween(tile.west() - 1e-9, tile.east() + 1e-9);
        }
    }

    private List<Model> models(int count) {
        List<Model> models = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(20) == 0) {
                // Several models in one place, as in one village.
                Model other = models.get(random.nextInt(models.size()));
                models.add(new Model(UUID.randomUUID(), other.latitude(), other.longitude()));
            } else {
                models.add(new Model(
                        UUID.randomUUID(),
                        VIETNAM.south() + random.nextDouble() * (VIETNAM.north() - VIETNAM.south()),
                        VIETNAM.west() + random.nextDouble() * (VIETNAM.east() - VIETNAM.west())));
            }
        }
        return models;
    }

    private static StoredPositions stored(List<Model> models) {
        StoredPositions stored = new StoredPositions();
        models.forEach(model -> stored.add(model.id(), model.latitude(), model.longitude()));
        return stored;
    }

    private static BoundingBox viewAround(Model model, double halfWidth) {
        return new BoundingBox(
                Math.max(-180, model.longitude() - halfWidth),
                Math.max(-90, model.latitude() - halfWidth * 0.7),
                Math.min(180, model.longitude() + halfWidth),
                Math.min(90, model.latitude() + halfWidth * 0.7));
    }

    /** Each model checked against the box and placed in its cell, with Elasticsearch's stored coordinates. */
    static Map<BoundingBox, MapCluster> oneByOne(List<Model> models, BoundingBox box, int precision) {
        StoredBox inside = StoredBox.of(box);
        Map<MapTile, double[]> sums = new HashMap<>();
        for (Model model : models) {
            int lat = PointEncoding.storedLatitude(model.latitude());
            int lon = PointEncoding.storedLongitude(model.longitude());
            if (inside.contains(lat, lon)) {
                MapTile tile = new MapTile(
                        precision, PointEncoding.tileX(lon, precision), PointEncoding.tileY(lat, precision));
                double[] sum = sums.computeIfAbsent(tile, t -> new double[3]);
                sum[0]++;
                sum[1] += PointEncoding.latitude(lat);
                sum[2] += PointEncoding.longitude(lon);
            }
        }
        Map<BoundingBox, MapCluster> cells = new HashMap<>();
        sums.forEach((tile, sum) -> cells.put(
                tile.bounds(), new MapCluster(sum[1] / sum[0], sum[2] / sum[0], (long) sum[0], tile.bounds())));
        return cells;
    }

    static Map<BoundingBox, MapCluster> byCell(List<MapCluster> clusters) {
        Map<BoundingBox, MapCluster> cells = new HashMap<>();
        clusters.forEach(cluster -> cells.put(cluster.bounds(), cluster));
        return cells;
    }

    record Model(UUID id, double latitude, double longitude) {}
}
