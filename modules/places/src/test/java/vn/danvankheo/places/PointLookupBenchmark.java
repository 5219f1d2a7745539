package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Point-to-commune lookups per second on this machine, printed, never asserted against a time: run it with
 * {@code ./dvk bench}. The baseline, in the same run, is the same containment query with PostgreSQL told not to use
 * the GiST index, which is what every lookup would cost without it.
 */
class PointLookupBenchmark extends PlacesIntegrationTest {

    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final int LOOKUPS = 20_000;
    private static final int BASELINE_LOOKUPS = 200;
    private static final String CONTAINING_COMMUNE = """
            SELECT code FROM places.admin_unit WHERE level = 'COMMUNE'
              AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(?, ?), 4326)) ORDER BY code LIMIT 1
            """;

    @Autowired
    LocalityResolver resolver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void pointToCommuneLookupsPerSecond() throws Exception {
        List<double[]> points = pointsAcrossVietnam(LOOKUPS);
        resolveAll(points.subList(0, 500), 1);

        double resolverRate = resolveAll(points, THREADS);
        double indexedRate = containmentRate(points.subList(0, 5_000), true);
        double scanRate = containmentRate(points.subList(0, BASELINE_LOOKUPS), false);

        System.out.printf(
                "%nPoint to commune, %d cores, %d points spread over the 3,321 communes:%n", THREADS, LOOKUPS);
        System.out.printf("  LocalityResolver.resolve, %d threads:       %,10.0f lookups/s%n", THREADS, resolverRate);
        System.out.printf("  containment query, GiST index, 1 thread:  %,10.0f lookups/s%n", indexedRate);
        System.out.printf("  containment query, no index (baseline):   %,10.0f lookups/s%n", scanRate);
        System.out.printf("  index / baseline:                         %,10.1f x%n%n", indexedRate / scanRate);
        assertThat(resolverRate).isPositive();
    }

    /** Label points of real communes, moved up to about 500 m, so every lookup has real work to do. */
    private List<double[]> pointsAcrossVietnam(int count) {
        List<double[]> labels = jdbc.query(
                "SELECT ST_Y(label_point), ST_X(label_point) FROM places.admin_unit WHERE level = 'COMMUNE'",
                (rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
        Random random = new Random(20261122);
        List<double[]> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] label = labels.get(random.nextInt(labels.size()));
            points.add(new double[] {
                label[0] + (random.nextDouble() - 0.5) * 0.009, label[1] + (random.nextDouble() - 0.5) * 0.009
            });
        }
        return points;
    }

    private double resolveAll(List<double[]> points, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < points.size(); i += threads) {
                        resolver.resolve(points.get(i)[0], points.get(i)[1]);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            return points.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private double containmentRate(List<double[]> points, boolean useIndex) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_indexscan = " + useIndex);
                settings.execute("SET enable_bitmapscan = " + useIndex);
            }
            try (PreparedStatement query = connection.prepareStatement(CONTAINING_COMMUNE)) {
                long started = System.nanoTime();
                for (double[] point : points) {
                    query.setDouble(1, point[1]);
                    query.setDouble(2, point[0]);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                    }
                }
                return points.size() / ((System.nanoTime() - started) / 1e9);
            } finally {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("RESET enable_indexscan");
                    settings.execute("RESET enable_bitmapscan");
                }
            }
        }
    }
}
