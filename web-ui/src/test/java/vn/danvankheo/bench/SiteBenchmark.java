package vn.danvankheo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.minio.MinioAsyncClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Hooks;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.catalog.GeneratedModels;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;
import vn.danvankheo.media.StorageProperties;
import vn.danvankheo.media.UploadSessions;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.search.IndexQuery;
import vn.danvankheo.search.MapClusters;
import vn.danvankheo.search.ModelFilter;
import vn.danvankheo.search.ModelReindex;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.ReindexProgress;
import vn.danvankheo.search.SearchIndexing;
import vn.danvankheo.search.SearchProperties;
import vn.danvankheo.testing.TestServices;
import vn.danvankheo.web.HeadlessChromium;

/**
 * The benchmark suite: each workload is one entry of {@link #workloads}, the project's path against a baseline doing
 * the same work by the shortest way, in the same run and interleaved, after a warm-up. Prints a Markdown table for
 * docs/benchmarks.md and writes it to target/benchmarks.md; never asserts a time. Run it with {@code ./dvk bench} on
 * a seeded database ({@code -Ddvk.bench.db-url}, {@code -Ddvk.bench.index-prefix}); without them it measures the
 * empty test database, which says little.
 */
@SpringBootTest(
        classes = {DanVanKheoApplication.class, BareHandler.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "dvk.places.data-directory=../data/vn-admin",
            "dvk.criteria.directory=../data/criteria",
            "dvk.site.tile-url=",
            "dvk.search.map-request-cache=false",
            "dvk.search.facet-request-cache=false"
        })
class SiteBenchmark {

    /** The platform as the benchmark: the trail names it, like the generator's own account. */
    private static final Account BENCHMARK = new Account(
            null, "bo-do-hieu-nang", "Bộ đo hiệu năng", Role.ADMINISTRATOR, null, null, Scope.NATIONWIDE, null, true);

    private static final int CALLS = Integer.getInteger("dvk.bench.calls", 200);
    /**
     * The search's code runs once per call (web filters, the query read, two requests built, the answer written), so
     * after 200 calls much of it has probably not yet been compiled by C2, while the baseline's few hundred lines run
     * many times per call. Its ratio after 200, 1,000 and 2,000 warm-up calls, and after 200 with C2's thresholds
     * lowered, is in docs/benchmarks.md (2026-12-02 12:21–13:28) and ADR 35; a server is past 2,000 searches within
     * its first hours.
     */
    private static final int SEARCH_WARMUPS = Integer.getInteger("dvk.bench.search-warmups", 10 * CALLS);

    private static final int PAGE_LOADS = Integer.getInteger("dvk.bench.page-loads", 15);
    private static final int REINDEX_BATCH = 500;
    private static final int REINDEX_BATCHES = 6;
    private static final double[] VIETNAM = {102.1, 8.2, 109.5, 23.4};
    private static final long MIB = 1024 * 1024;
    private static final long[] TRANSFER_SIZES = {4 * 1024, MIB, 100 * MIB};

    @DynamicPropertySource
    static void seededData(DynamicPropertyRegistry registry) {
        String database = System.getProperty("dvk.bench.db-url", "");
        if (database.isBlank()) {
            TestServices.isolated("bench").register(registry);
            return;
        }
        registry.add("spring.datasource.url", () -> database);
        registry.add("dvk.search.index-prefix", () -> System.getProperty("dvk.bench.index-prefix", "dvk"));
        registry.add("dvk.storage.bucket", () -> System.getProperty("dvk.bench.bucket", "dvk-media"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    RestClient rest;

    @Autowired
    MapClusters clusters;

    @Autowired
    ModelSearch modelSearch;

    @Autowired
    SearchProperties search;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ProgressUpdates updates;

    @Autowired
    GeneratedModels generated;

    @Autowired
    ModelReindex reindex;

    @Autowired
    UploadSessions uploads;

    @Autowired
    MinioAsyncClient minio;

    @Autowired
    StorageProperties storage;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The search workload's mix, kept to break its figures down query by query after the run. */
    private SearchMix searches;

    @Test
    void printsTheSuite() throws IOException {
        // spring-security-test's ReactorContextTestExecutionListener hooks every Reactor operator in this JVM, which
        // holds the application too: only the project's side would pay for it, so the hook goes before measuring.
        Hooks.resetOnLastOperator(SecurityContext.class.getName());
        indexing.ensureReady();
        List<Sample> samples = samples();
        List<Workload.Result> results = new ArrayList<>();
        for (Workload workload : workloads(samples)) {
            if (!wanted(workload.name())) {
                continue;
            }
            Workload.Result result = workload.run();
            report(result);
            results.add(result);
        }
        List<String> heaps = new ArrayList<>();
        if (wanted("upload and download")) {
            results.addAll(transfers(samples.get(0), heaps));
        }
        if (wanted("page, time to interactive")) {
            results.addAll(pageLoads(samples.get(0).slug()));
        }
        List<String> notes = new ArrayList<>();
        results.stream()
                .filter(result -> result.workload().name().startsWith("search with facets"))
                .forEach(result -> notes.add(searches.perQuery(result)));
        String country = get("/api/map/clusters?bbox=" + bbox(VIETNAM) + "&zoom=5");
        notes.add(String.format(
                java.util.Locale.ROOT,
                "The whole country at zoom 5 (`/api/map/clusters?bbox=%s&zoom=5`): %,d features, %,d bytes of JSON.",
                bbox(VIETNAM),
                country.split("\"Feature\"", -1).length - 1,
                country.getBytes(StandardCharsets.UTF_8).length));
        if (wanted("full reindex")) {
            notes.add(fullReindex(results));
        }
        String report = report(results, heaps, notes);
        System.out.println(report);
        Files.writeString(Path.of("target/benchmarks.md"), report);
    }

    private static void report(Workload.Result result) {
        System.out.println(result.row());
        if (result.firstError() != null) {
            System.out.println("  first error: " + result.firstError());
        }
    }

    private List<Workload.Result> transfers(Sample sample, List<String> heaps) {
        Transfers transfers = new Transfers(uploads, minio, storage.bucket(), http);
        try {
            List<Workload.Result> results = transfers(transfers, sample, heaps);
            results.forEach(SiteBenchmark::report);
            return results;
        } finally {
            transfers.removeWritten();
        }
    }

    private List<Workload.Result> pageLoads(String slug) throws IOException {
        List<Workload.Result> results = new ArrayList<>();
        try (PageTimer pages = new PageTimer()) {
            for (Workload workload : List.of(
                    new Workload(
                            "home page, time to interactive",
                            "`/` in headless Chromium",
                            n -> pages.load(url("/")),
                            "a bare page, same JVM",
                            n -> pages.load(url(BareHandler.PAGE)),
                            PAGE_LOADS),
                    new Workload(
                            "model page, time to interactive",
                            "`/mo-hinh/{slug}` in headless Chromium",
                            n -> pages.load(url("/mo-hinh/" + slug)),
                            "a bare page, same JVM",
                            n -> pages.load(url(BareHandler.PAGE)),
                            PAGE_LOADS))) {
                Workload.Result result = workload.runTimed(pages::lastInteractiveNanos);
                report(result);
                results.add(result);
            }
        }
        return results;
    }

    /**
     * Whether {@code -Ddvk.bench.only} (words, comma-separated; all workloads when absent) names this workload, to
     * measure a few again after a change.
     */
    private static boolean wanted(String workload) {
        String only = System.getProperty("dvk.bench.only", "");
        return only.isBlank() || Arrays.stream(only.split(",")).anyMatch(word -> workload.contains(word.strip()));
    }

    /** The suite; add a workload here. */
    private List<Workload> workloads(List<Sample> samples) {
        List<Workload> workloads = new ArrayList<>();
        List<ReindexPage> pages = wanted("reindex") ? reindexPages(samples) : List.of();
        for (int zoom = 5; zoom <= 14; zoom++) {
            int at = zoom;
            List<double[]> boxes = viewports(samples, zoom);
            workloads.add(new Workload(
                    "map clusters, zoom " + zoom,
                    "`/api/map/clusters?bbox=&zoom=`",
                    n -> get("/api/map/clusters?bbox=" + bbox(boxes.get(n % boxes.size())) + "&zoom=" + at),
                    "the same requests as the endpoint sends, byte for byte, same low-level client, no request cache",
                    n -> clustersStraight(boxes.get(n % boxes.size()), at),
                    CALLS / 2));
        }
        workloads.add(new Workload(
                "map counts per commune",
                "`/api/map/counts?level=COMMUNE`",
                n -> get("/api/map/counts?level=COMMUNE"),
                "the same terms aggregation, Java client",
                n -> countsStraight(),
                CALLS / 4));
        searches = new SearchMix(viewports(samples, 11), provinceOf(samples.get(0)), modelSearch);
        workloads.add(new Workload(
                "search with facets, mix of " + SearchMix.SEARCHES + " queries",
                "`/api/search/models?q=` with filters, places, viewports",
                n -> get(searches.get(n).path()),
                "the endpoint's two requests, byte for byte, at once, Elasticsearch's low-level client, each answer read into a map",
                n -> searches.straight(rest, n),
                CALLS,
                SEARCH_WARMUPS));
        workloads.add(new Workload(
                "point → commune",
                "`/api/places/locality?lat=&lon=`",
                n -> get("/api/places/locality?lat="
                        + samples.get(n % samples.size()).latitude() + "&lon="
                        + samples.get(n % samples.size()).longitude()),
                "bare PostGIS ST_Covers query, JDBC",
                n -> communeStraight(samples.get(n % samples.size())),
                CALLS));
        workloads.add(new Workload(
                "cheapest JSON endpoint",
                "`/api/criteria?level=GRASSROOTS&year=2026`",
                n -> get("/api/criteria?level=GRASSROOTS&year=2026"),
                "bare WebFlux handler, same JVM and filters",
                n -> get(BareHandler.JSON),
                CALLS));
        workloads.add(new Workload(
                "reindex, per " + REINDEX_BATCH + " models",
                "the rebuild's steps: a page of published models from PostGIS, their timelines, one bulk request",
                n -> reindex(pages.get(n % pages.size())),
                "raw `_bulk` of the same documents, prepared",
                n -> rawBulk(pages.get(n % pages.size())),
                REINDEX_BATCHES / 2));
        return workloads;
    }

    /**
     * Upload and download of each size, the project's way against the MinIO client's; then the heap one transfer
     * holds either way. To be downloaded through {@code /media/{id}} a video must be public, so the three uploaded
     * first are named by an approved progress update of a generated model, removed again at the end.
     */
    private List<Workload.Result> transfers(Transfers transfers, Sample sample, List<String> heaps) {
        List<Workload.Result> results = new ArrayList<>();
        List<UUID> downloaded = new ArrayList<>();
        for (long size : TRANSFER_SIZES) {
            downloaded.add(transfers.upload(size));
        }
        UUID showcase = publishedWith(sample, downloaded);
        try {
            for (int i = 0; i < TRANSFER_SIZES.length; i++) {
                long size = TRANSFER_SIZES[i];
                UUID media = downloaded.get(i);
                String label = sizeLabel(size);
                int calls = size >= 100 * MIB ? 3 : size >= MIB ? Math.min(CALLS, 20) : Math.min(CALLS, 60);
                results.add(new Workload(
                                "upload " + label,
                                "upload session: start, PUT to signed part URLs, complete",
                                n -> transfers.upload(size),
                                "MinIO client `putObject`",
                                n -> transfers.uploadStraight(size),
                                calls)
                        .run());
                results.add(new Workload(
                                "download " + label,
                                "`/media/{id}`, whole video",
                                n -> transfers.download(url("/media/" + media), size),
                                "MinIO client `getObject`",
                                n -> transfers.downloadStraight(media),
                                calls)
                        .run());
                heaps.add(String.format(
                        java.util.Locale.ROOT,
                        "%s: upload %.1f MB (straight %.1f MB), download %.1f MB (straight %.1f MB)",
                        label,
                        transfers.heapHeldMegabytes(() -> transfers.upload(size)),
                        transfers.heapHeldMegabytes(() -> transfers.uploadStraight(size)),
                        transfers.heapHeldMegabytes(() -> transfers.download(url("/media/" + media), size)),
                        transfers.heapHeldMegabytes(() -> transfers.downloadStraight(media))));
            }
        } finally {
            generated.remove(List.of(showcase));
            indexing.removeAll(List.of(showcase));
        }
        return results;
    }

    private static String sizeLabel(long size) {
        return size >= MIB ? size / MIB + " MB" : size / 1024 + " KB";
    }

    /** A generated model (marked, as the seed's are) whose approved update shows the videos. */
    private UUID publishedWith(Sample sample, List<UUID> videos) {
        ModelView shown = catalog.findPublished(sample.id()).orElseThrow();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        NewModel model = new NewModel(
                "do-thu-tai-xuong-" + id.toString().substring(0, 8),
                shown.registeringUnitId(),
                new ModelProfile(
                        "Mô hình đo thử tải xuống (dữ liệu thử)",
                        "Bộ đo hiệu năng",
                        OwnerKind.COLLECTIVE,
                        shown.profile().field(),
                        2026,
                        "Mô hình tạm để đo tải video, xóa khi đo xong.",
                        "<p>Dữ liệu thử của bộ đo hiệu năng.</p>"),
                new ModelLocation(
                        shown.place().latitude(),
                        shown.place().longitude(),
                        shown.place().communeCode()),
                List.of(),
                ModelDetails.NONE,
                null);
        GeneratedModels.Loaded loaded = generated.load(
                "bench",
                List.of(new GeneratedModels.Generated(
                        id,
                        model,
                        now.minus(Duration.ofHours(2)),
                        now.minus(Duration.ofHours(1)),
                        List.of(new GeneratedModels.GeneratedUpdate(
                                UUID.randomUUID(),
                                new ProgressUpdate.NewUpdate(
                                        "Video đo thử (dữ liệu thử).",
                                        List.of(),
                                        videos.stream()
                                                .map(video -> new ProgressUpdate.UpdateMedia(
                                                        video, ProgressUpdate.UpdateMedia.Kind.VIDEO, null, null))
                                                .toList()),
                                now.minus(Duration.ofMinutes(30)),
                                now.minus(Duration.ofMinutes(10)))))),
                BENCHMARK);
        indexing.putAll(loaded.published(), loaded.publishedTimelines());
        generated.announced(loaded.written());
        return id;
    }

    private String provinceOf(Sample sample) {
        return catalog.findPublished(sample.id()).orElseThrow().locality().provinceCode();
    }

    private String get(String path) {
        return fetch(URI.create(url(path)));
    }

    /**
     * A blocking GET on a kept-alive connection, read on the calling thread. The JDK's {@code HttpClient} hands each
     * call between its selector, a worker and the caller: on this idle two-core machine that added 2–3 ms of the
     * client's own to every endpoint's figure (a constant 22 KB answer after a search: 7.05 ms against 4.33 ms,
     * docs/benchmarks.md), which no baseline sent with another client paid.
     */
    private static String fetch(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException(uri.getPath() + " answered " + status + ": "
                            + text.substring(0, Math.min(300, text.length())));
                }
                return text;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * What the cluster endpoint asks Elasticsearch for a view, sent straight: the very requests {@code MapClusters}
     * sends (its first, and the second it sends when the first counted few models), built by its own code down to the
     * bytes (path, query string with its {@code filter_path}, body), through the application's own low-level client,
     * with the request cache off on both sides ({@code dvk.search.map-request-cache=false} above). Of the first answer
     * only the cells' counts are read, which a client must to know whether a second request follows; the rest of the
     * answers are received whole and left unread. For views the endpoint cuts from its whole-country grids, the
     * aggregation over the view that the grids stand in for.
     */
    private void clustersStraight(double[] box, int zoom) {
        BoundingBox view = new BoundingBox(box[0], box[1], box[2], box[3]);
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

    private void countsStraight() {
        try {
            elasticsearch.search(
                    s -> s.index(search.indexPrefix() + "-models")
                            .size(0)
                            .aggregations(
                                    "units",
                                    a -> a.terms(t -> t.field("communeCode").size(4_000))),
                    Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void communeStraight(Sample at) {
        jdbc.sql("SELECT code FROM places.admin_unit WHERE level = 'COMMUNE'"
                        + " AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) ORDER BY code LIMIT 1")
                .param("lon", at.longitude())
                .param("lat", at.latitude())
                .query(String.class)
                .optional();
    }

    /** What ModelIndexer.rebuild does for each page: the published models after a key, their timelines, one bulk. */
    private void reindex(ReindexPage page) {
        List<ModelView> views = catalog.publishedAfter(page.after(), REINDEX_BATCH);
        indexing.putAll(
                views,
                updates.publishedTimelines(views.stream().map(ModelView::id).toList()));
    }

    /** Pages of published models as the rebuild reads them, from keys spread over the table, with their documents. */
    private List<ReindexPage> reindexPages(List<Sample> samples) {
        List<ReindexPage> pages = new ArrayList<>();
        for (int i = 0; i < REINDEX_BATCHES; i++) {
            UUID after = samples.get(i * samples.size() / REINDEX_BATCHES).id();
            List<String> documents = catalog.publishedAfter(after, REINDEX_BATCH).stream()
                    .map(view -> "{\"index\":{\"_index\":\"" + search.indexPrefix() + "-models\",\"_id\":\""
                            + view.id() + "\"}}\n"
                            + fetch(URI.create(
                                    search.url() + "/" + search.indexPrefix() + "-models/_source/" + view.id())))
                    .toList();
            pages.add(new ReindexPage(after, documents));
        }
        return pages;
    }

    record ReindexPage(UUID after, List<String> bulkLines) {}

    private void rawBulk(ReindexPage page) {
        StringBuilder body = new StringBuilder();
        page.bulkLines().forEach(line -> body.append(line).append('\n'));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(search.url() + "/_bulk"))
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
                throw new IllegalStateException("raw bulk failed: " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Published models spread over the country, for viewports, points and pages. */
    private List<Sample> samples() {
        List<Sample> samples = jdbc.sql("""
                        SELECT id, slug, ST_Y(location) AS lat, ST_X(location) AS lon FROM catalog.model
                        WHERE status = 'PUBLISHED' ORDER BY md5(id::text) LIMIT :limit""")
                .param("limit", REINDEX_BATCH * REINDEX_BATCHES)
                .query((rs, n) -> new Sample(
                        rs.getObject("id", UUID.class), rs.getString("slug"), rs.getDouble("lat"), rs.getDouble("lon")))
                .list();
        if (samples.isEmpty()) {
            throw new IllegalStateException("No published model to measure with: seed the database first");
        }
        return samples;
    }

    /** Viewports of a 1280×800 map at the zoom, centred on sampled models (most of the country is empty). */
    private static List<double[]> viewports(List<Sample> samples, int zoom) {
        SplittableRandom random = new SplittableRandom(2026 + zoom);
        List<double[]> boxes = new ArrayList<>();
        double width = 1280 * 360.0 / (256 * Math.pow(2, zoom));
        for (int i = 0; i < 2 * CALLS; i++) {
            Sample centre = samples.get(random.nextInt(samples.size()));
            double height = width * 800 / 1280 * Math.cos(Math.toRadians(centre.latitude()));
            boxes.add(new double[] {
                Math.max(-180, centre.longitude() - width / 2),
                Math.max(-90, centre.latitude() - height / 2),
                Math.min(180, centre.longitude() + width / 2),
                Math.min(90, centre.latitude() + height / 2)
            });
        }
        return boxes;
    }

    static String bbox(double[] box) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", box[0], box[1], box[2], box[3]);
    }

    /**
     * The whole rebuild, once, as an administrator starts it: a new index filled from PostGIS behind the alias. Its
     * rate is set against the raw bulk rate the reindex workload measured in this run.
     */
    private String fullReindex(List<Workload.Result> results) {
        long started = System.nanoTime();
        ReindexProgress progress = reindex.start();
        while (progress.running()) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            progress = reindex.progress();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rawPerSecond = results.stream()
                .filter(result -> result.workload().name().startsWith("reindex"))
                .findFirst()
                .map(result -> REINDEX_BATCH / (result.baseline().p50() / 1e3))
                .orElse(Double.NaN);
        double perSecond = progress.done() / seconds;
        return String.format(
                java.util.Locale.ROOT,
                "Full reindex (`ModelReindex`, a new index behind the alias): %s, %,d models in %.0f s, %,.0f models/s;"
                        + " raw `_bulk` of prepared documents in this run: %,.0f models/s (ratio %.2f).",
                progress.state(),
                progress.done(),
                seconds,
                perSecond,
                rawPerSecond,
                rawPerSecond / perSecond);
    }

    private String report(List<Workload.Result> results, List<String> heaps, List<String> notes) {
        long models =
                jdbc.sql("SELECT count(*) FROM catalog.model").query(Long.class).single();
        long published = jdbc.sql("SELECT count(*) FROM catalog.model WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "### %s, commit %s%n%nMachine: %d cores, %d GB memory, load average %.1f at the start. Data: %,d models"
                        + " (%,d published and indexed). Each side %d calls after as many warm-up calls (the"
                        + " search: %,d), one caller, interleaved; page loads %d. Ratio: the project's p50 over the"
                        + " baseline's.%n%n",
                LocalDate.now(),
                System.getProperty("dvk.bench.commit", "?"),
                Runtime.getRuntime().availableProcessors(),
                Math.round(memory / 1e9),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                models,
                published,
                CALLS,
                SEARCH_WARMUPS,
                PAGE_LOADS));
        out.append(Workload.Result.header()).append('\n');
        results.forEach(result -> out.append(result.row()).append('\n'));
        out.append("\nHeap one transfer holds at its peak, above the heap left after a full collection:\n\n");
        heaps.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n');
        notes.forEach(line -> out.append(line).append("\n\n"));
        return out.toString();
    }

    record Sample(UUID id, String slug, double latitude, double longitude) {}

    /** Debian's Chromium; a page's time to interactive is its navigation's domInteractive, read after the load. */
    static final class PageTimer implements AutoCloseable {
        private final HeadlessChromium chromium;
        private final WebDriver browser;
        private long lastInteractiveNanos;

        PageTimer() throws IOException {
            chromium = new HeadlessChromium();
            browser = chromium.browser();
        }

        void load(String url) {
            browser.get(url);
            Object interactive = ((JavascriptExecutor) browser)
                    .executeScript("return performance.getEntriesByType('navigation')[0].domInteractive;");
            lastInteractiveNanos = Math.round(((Number) interactive).doubleValue() * 1e6);
        }

        long lastInteractiveNanos() {
            return lastInteractiveNanos;
        }

        @Override
        public void close() {
            chromium.close();
        }
    }
}
