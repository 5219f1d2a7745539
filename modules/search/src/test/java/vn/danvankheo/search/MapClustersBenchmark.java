package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.testing.TestServices;

/**
 * The cluster answer's latency over random views at every zoom, printed, never asserted against a time: run it with
 * {@code ./dvk bench} ({@code -Dbench.models=1000000} for the scale; the index is filled once and kept). The
 * baseline, in the same run, is what {@link MapClusters#within} asks Elasticsearch for the same view, sent straight:
 * the same requests ({@link MapClusters#firstRequest}, then {@link MapClusters#nextRequest} when the endpoint sends a
 * second), built by the same code down to the bytes and sent through the same low-level client; of the first
 * answer only the cells' counts are read, the rest is received and left unread.
 * For the zooms cut from the whole-country grids it is the aggregation over the view that the grids stand in for.
 *
 * <p>Neither side is answered from Elasticsearch's request cache: the cache is cleared before the run, no view is
 * asked twice, and both sides send {@code request_cache=false} ({@code dvk.search.map-request-cache=false}). Which
 * side goes first alternates from view to view, so neither always finds the other's pages warm.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {
            "dvk.search.heal-interval=1h",
            "dvk.search.map-request-cache=false",
            "dvk.places.data-directory=../../data/vn-admin"
        })
class MapClustersBenchmark {

    private static final int MODELS = Integer.getInteger("bench.models", 200_000);
    private static final int VIEWS_PER_ZOOM = Integer.getInteger("bench.views", 60);
    private static final int WIDTH_PX = 1280;
    private static final int HEIGHT_PX = 900;
    private static final int WARM_UP_VIEWS = 20;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("clusterbench").register(registry);
    }

    @Autowired
    MapClusters clusters;

    @Autowired
    ModelIndex index;

    @Autowired
    ModelIndexer indexer;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    RestClient rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexedDocuments kept;

    @Autowired
    ModelPositions positions;

    private List<double[]> centres;

    @Test
    void clusterLatencyAgainstTheBareAggregation() throws Exception {
        fill();
        Random random = new Random(20261201);
        JsonMapper json = JsonMapper.builder().build();
        BoundingBox vietnam = new BoundingBox(102.1, 8.2, 109.5, 23.4);

        client.indices().clearCache(c -> c.index(index.alias()).request(true));
        MapView country = clusters.within(vietnam, 5, ModelFilter.ANY).block();
        int countryBytes = json.writeValueAsBytes(country).length;
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < WARM_UP_VIEWS; i++) {
            BoundingBox view = unseenView(random, 10, asked);
            clusters.within(view, 10, ModelFilter.ANY).block(Duration.ofMinutes(1));
            straight(view, 10);
        }

        System.out.printf(
                "%nClusters over %,d models, %d random %dx%d views per zoom:%n",
                count(), VIEWS_PER_ZOOM, WIDTH_PX, HEIGHT_PX);
        System.out.printf("  zoom  endpoint p50/p95 ms   same requests p50/p95 ms   p95 ratio   features max%n");
        List<Double> allOurs = new ArrayList<>();
        List<Double> allBare = new ArrayList<>();
        for (int zoom = 5; zoom <= 14; zoom++) {
            double[] ours = new double[VIEWS_PER_ZOOM];
            double[] bare = new double[VIEWS_PER_ZOOM];
            int features = 0;
            for (int i = 0; i < VIEWS_PER_ZOOM; i++) {
                BoundingBox view = unseenView(random, zoom, asked);
                if (i % 2 == 1) {
                    bare[i] = bareMillis(view, zoom);
                }
                long started = System.nanoTime();
                MapView answer = clusters.within(view, zoom, ModelFilter.ANY).block(Duration.ofMinutes(1));
                ours[i] = (System.nanoTime() - started) / 1e6;
                features = Math.max(
                        features, answer.clusters().size() + answer.markers().size());
                if (i % 2 == 0) {
                    bare[i] = bareMillis(view, zoom);
                }
                allOurs.add(ours[i]);
                allBare.add(bare[i]);
            }
            System.out.printf(
                    "  %4d  %8.1f / %-8.1f      %8.1f / %-8.1f              %6.2f x   %,8d%n",
                    zoom,
                    percentile(ours, 50),
                    percentile(ours, 95),
                    percentile(bare, 50),
                    percentile(bare, 95),
                    percentile(ours, 95) / percentile(bare, 95),
                    features);
        }
        double[] ours = allOurs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] bare = allBare.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(
                "  all   %8.1f / %-8.1f      %8.1f / %-8.1f              %6.2f x%n",
                percentile(ours, 50),
                percentile(ours, 95),
                percentile(bare, 50),
                percentile(bare, 95),
                percentile(ours, 95) / percentile(bare, 95));
        System.out.printf(
                "  whole country (zoom 5): %,d clusters, %,d bytes of JSON, counts add up to %,d%n%n",
                country.clusters().size(), countryBytes, country.total());
        // Models around the communes of Trường Sa and Hoàng Sa lie east of the mainland's box, so not all are in view.
        assertThat(country.total()).isPositive().isLessThanOrEqualTo(count());
    }

    private double bareMillis(BoundingBox view, int zoom) {
        long started = System.nanoTime();
        straight(view, zoom);
        return (System.nanoTime() - started) / 1e6;
    }

    private void straight(BoundingBox view, int zoom) {
        try {
            Response first = rest.performRequest(
                    clusters.firstRequest(view, zoom, ModelFilter.ANY).request());
            Optional<IndexQuery> next;
            try (InputStream answer = first.getEntity().getContent()) {
                next = clusters.nextRequest(view, zoom, ModelFilter.ANY, answer);
            }
            if (next.isPresent()) {
                EntityUtils.toByteArray(
                        rest.performRequest(next.get().request()).getEntity());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random view not asked before in this run, so no answer can come from a cache of an earlier one. */
    private BoundingBox unseenView(Random random, int zoom, Set<String> asked) {
        while (true) {
            BoundingBox view = randomView(random, zoom);
            if (asked.add(zoom + ":" + view)) {
                return view;
            }
        }
    }

    /** A view of the window's size around a random commune, as a visitor would look at the map. */
    private BoundingBox randomView(Random random, int zoom) {
        double[] centre = communeCentres().get(random.nextInt(communeCentres().size()));
        double degreesPerPixel = 360.0 / (256 * Math.pow(2, zoom));
        double halfWidth = WIDTH_PX / 2.0 * degreesPerPixel;
        double halfHeight = HEIGHT_PX / 2.0 * degreesPerPixel * Math.cos(Math.toRadians(centre[0]));
        return new BoundingBox(
                Math.max(-180, centre[1] - halfWidth),
                Math.max(-85, centre[0] - halfHeight),
                Math.min(180, centre[1] + halfWidth),
                Math.min(85, centre[0] + halfHeight));
    }

    private List<double[]> communeCentres() {
        if (centres == null) {
            centres = jdbc.query(
                    "SELECT ST_Y(label_point), ST_X(label_point) FROM places.admin_unit WHERE level = 'COMMUNE'",
                    (rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
        }
        return centres;
    }

    /**
     * Synthetic models around real communes, written straight to the index and to search's own table of kept documents
     * and positions (which the map holds in memory without a filter): the benchmark is about reading them.
     */
    private void fill() throws Exception {
        indexer.ensureReady();
        long have = count();
        Long placed = jdbc.queryForObject("SELECT count(*) FROM search.map_position WHERE published", Long.class);
        if (placed == null || placed != have) {
            // An index filled before positions were kept: filled again, so both hold the same models.
            client.deleteByQuery(
                    d -> d.index(index.alias()).query(q -> q.matchAll(m -> m)).refresh(true));
            jdbc.update("DELETE FROM search.map_position");
            have = 0;
        }
        if (have < MODELS) {
            write(have);
        }
        BoundingBox world = BoundingBox.world();
        long indexed = count();
        while (positions.cells(world, 2).map(CellSums::total).orElse(-1L) != indexed) {
            Thread.sleep(200);
        }
    }

    private void write(long have) throws Exception {
        Random random = new Random(have);
        Field[] fields = Field.values();
        List<ModelDocument> batch = new ArrayList<>(1_000);
        for (long i = have; i < MODELS; i++) {
            double[] centre =
                    communeCentres().get(random.nextInt(communeCentres().size()));
            String id = UUID.randomUUID().toString();
            batch.add(new ModelDocument(
                    id,
                    "bench-" + i,
                    "Mô hình " + i,
                    "mo hinh " + i,
                    "Chi hội",
                    fields[random.nextInt(fields.length)].name(),
                    random.nextBoolean() ? "COLLECTIVE" : "INDIVIDUAL",
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(5) == 0,
                    List.of(),
                    "01",
                    "Hà Nội",
                    "00004",
                    "Ba Đình",
                    new ModelDocument.GeoPoint(
                            centre[0] + (random.nextDouble() - 0.5) * 0.05,
                            centre[1] + (random.nextDouble() - 0.5) * 0.05),
                    2015 + random.nextInt(12),
                    "Tóm tắt",
                    "tom tat",
                    null,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    List.of(),
                    "Mô hình " + i,
                    "Tóm tắt",
                    3,
                    2,
                    "",
                    "",
                    "chi hoi"));
            if (batch.size() == 5_000) {
                put(batch);
                batch.clear();
            }
        }
        put(batch);
        client.indices().refresh(r -> r.index(index.alias()));
        client.indices().forcemerge(f -> f.index(index.alias()).maxNumSegments(1L));
    }

    private void put(List<ModelDocument> batch) throws IOException {
        index.putAll(index.alias(), batch);
        kept.keep(batch.stream()
                .map(document -> DocumentJson.of(document, client._jsonpMapper()))
                .toList());
    }

    private long count() throws Exception {
        client.indices().refresh(r -> r.index(index.alias()));
        return client.count(c -> c.index(index.alias())).count();
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
