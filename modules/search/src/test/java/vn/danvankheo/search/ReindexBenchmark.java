package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.GeneratedModels;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.ProgressUpdates;
import vn.danvankheo.testing.TestServices;

/**
 * The full reindex's rate in models per second, against raw {@code _bulk} requests of the same documents, prepared
 * beforehand, into an index of the same mapping and settings, in the same run: sent one at a time (what the rebuild
 * once did) and with as many under way as the rebuild keeps ({@code dvk.search.reindex.bulks-in-flight}). Two
 * rebuilds: the first with no document kept (search's {@code indexed_document} table emptied first, as after the
 * deployment of a new document format), so every document is made from the catalog and kept; the second streams the
 * kept ones (ADR 0029). And, to say where the rest goes, the time to read the same pages from PostGIS, to make their
 * bulk bodies, and to read the kept documents, each alone on one thread. Printed with the machine's load average,
 * never asserted against a figure: run it with {@code ./dvk bench}.
 *
 * <p>Data: {@code bench.models} (20,000) generated published models loaded through the catalog's bulk door into the
 * benchmark's own database, or, with {@code -Dbench.db-url}, a database already loaded ({@code ./dvk seed}) that no
 * running site writes to: its models are read, never changed, and the benchmark indexes into indices of its own
 * ({@code -Dbench.index-prefix} names them; the benchmark drops them at the end). It does write search's own table of
 * kept documents there (its migration, and emptying it before the first rebuild), so never point it at a database
 * another run reads. A database loaded by the whole application also holds other capabilities' migrations, which this
 * module does not have: add {@code -Dspring.flyway.ignore-migration-patterns=*:missing}. The rebuilds are the run's only full builds: the alias starts on an empty index. The raw bulks and
 * the reading alone take at most {@code bench.sample-models} (200,000) models, enough for a rate.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {"dvk.search.heal-interval=1h", "dvk.places.data-directory=../../data/vn-admin"})
class ReindexBenchmark {

    private static final int MODELS = Integer.getInteger("bench.models", 20_000);
    private static final int SAMPLE = Integer.getInteger("bench.sample-models", 200_000);
    private static final String DATABASE = System.getProperty("bench.db-url", "");
    private static final String INDEX_PREFIX = System.getProperty("bench.index-prefix", "");
    private static final int LOAD_BATCH = 1_000;
    private static final int COMMUNES = 300;
    private static final String SEED_RUN = "reindex-bench";

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("reindexbench").register(registry);
        if (!DATABASE.isBlank()) {
            registry.add("spring.datasource.url", () -> DATABASE);
        }
        if (!INDEX_PREFIX.isBlank()) {
            registry.add("dvk.search.index-prefix", () -> INDEX_PREFIX);
        }
    }

    @Autowired
    ModelIndexer indexer;

    @Autowired
    ModelIndex index;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ProgressUpdates updates;

    @Autowired
    GeneratedModels generated;

    @Autowired
    UnitRegistry units;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    RestClient rest;

    @Autowired
    ReindexProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexedDocuments kept;

    @Test
    void rebuildRateAgainstRawBulksOfTheSameDocuments() throws Exception {
        if (DATABASE.isBlank()) {
            load();
        }
        startOnAnEmptyIndex();
        jdbc.update("TRUNCATE search.indexed_document");
        long published = catalog.publishedCount();
        double loadBefore = loadAverage();

        ReindexProgress.Counter fromCatalog = new ReindexProgress.Counter(published);
        double fromCatalogSeconds = rebuildSeconds(fromCatalog);
        double loadAfterFirst = loadAverage();
        ReindexProgress.Counter progress = new ReindexProgress.Counter(published);
        double rebuildSeconds = rebuildSeconds(progress);
        long indexed = index.count(index.alias());
        double loadAfterRebuild = loadAverage();

        Bodies bodies = bodiesOfTheRebuiltIndex();
        double oneAtATime = rawBulkSeconds(bodies, 1);
        double inFlight = rawBulkSeconds(bodies, properties.bulksInFlight());
        long[] stages = readAndBuildAlone();
        long[] keptAlone = readKeptAlone();
        double loadAfter = loadAverage();

        double fromCatalogRate = fromCatalog.done() / fromCatalogSeconds;
        double rebuildRate = progress.done() / rebuildSeconds;
        double oneRate = bodies.models() / oneAtATime;
        double inFlightRate = bodies.models() / inFlight;
        System.out.printf(
                "%nFull reindex of %,d published models (%s), batch %,d, %d bulks in flight:%n",
                published, source(), properties.batchSize(), properties.bulksInFlight());
        System.out.printf(
                "  rebuild, nothing kept: all made from the catalog, and kept %,9d models %8.1f s %,9.0f models/s%n",
                fromCatalog.done(), fromCatalogSeconds, fromCatalogRate);
        System.out.printf(
                "  rebuild from the kept documents (alias moved, counted)     %,9d models %8.1f s %,9.0f models/s%n",
                progress.done(), rebuildSeconds, rebuildRate);
        System.out.printf(
                "  raw _bulk of prepared bodies, one at a time               %,9d models %8.1f s %,9.0f models/s%n",
                bodies.models(), oneAtATime, oneRate);
        System.out.printf(
                "  raw _bulk of prepared bodies, %d in flight                 %,9d models %8.1f s %,9.0f models/s%n",
                properties.bulksInFlight(), bodies.models(), inFlight, inFlightRate);
        System.out.printf(
                "  reading PostGIS alone, one thread                         %,9d models %8.1f s %,9.0f models/s%n",
                stages[0], stages[1] / 1e9, stages[0] / (stages[1] / 1e9));
        System.out.printf(
                "  making documents and bulk bodies alone, one thread        %,9d models %8.1f s %,9.0f models/s%n",
                stages[0], stages[2] / 1e9, stages[0] / (stages[2] / 1e9));
        System.out.printf(
                "  reading kept documents alone (ids, then their bytes)       %,9d models %8.1f s %,9.0f models/s%n",
                keptAlone[0], keptAlone[1] / 1e9, keptAlone[0] / (keptAlone[1] / 1e9));
        System.out.printf(
                "  bulk body bytes per model: %,d; kept document bytes per model: %,d%n",
                stages[3] / Math.max(1, stages[0]), keptAlone[2] / Math.max(1, keptAlone[0]));
        System.out.printf(
                "  rebuild from kept / raw bulk one at a time: %.2f; / raw bulk %d in flight: %.2f%n",
                rebuildRate / oneRate, properties.bulksInFlight(), rebuildRate / inFlightRate);
        System.out.printf(
                "  rebuild from the catalog / raw bulk %d in flight: %.2f; from kept / from the catalog: %.2f%n",
                properties.bulksInFlight(), fromCatalogRate / inFlightRate, rebuildRate / fromCatalogRate);
        System.out.printf(
                "  load average (1 min): %.2f before, %.2f and %.2f after the rebuilds, %.2f at the end; %d processors%n%n",
                loadBefore,
                loadAfterFirst,
                loadAfterRebuild,
                loadAfter,
                Runtime.getRuntime().availableProcessors());

        assertThat(fromCatalog.done()).isEqualTo(published);
        assertThat(progress.done()).isEqualTo(published);
        assertThat(indexed).isEqualTo(published);
        if (!INDEX_PREFIX.isBlank()) {
            index.drop(index.current().orElseThrow());
        }
    }

    private double rebuildSeconds(ReindexProgress.Counter progress) throws IOException {
        long started = System.nanoTime();
        indexer.rebuild(progress);
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * What the second rebuild reads, page by page in the same order, up to {@link #SAMPLE} models: the catalog's ids,
     * then the kept documents of that range. Returns the models, the nanoseconds, and the documents' bytes.
     */
    private long[] readKeptAlone() {
        long models = 0;
        long bytes = 0;
        long started = System.nanoTime();
        UUID after = null;
        List<UUID> ids;
        do {
            ids = catalog.publishedIdsAfter(after, properties.batchSize());
            if (ids.isEmpty()) {
                break;
            }
            after = ids.get(ids.size() - 1);
            for (byte[] document : kept.between(ids.get(0), after).values()) {
                bytes += document.length;
                models++;
            }
        } while (ids.size() == properties.batchSize() && models < SAMPLE);
        return new long[] {models, System.nanoTime() - started, bytes};
    }

    private static String source() {
        return DATABASE.isBlank() ? "generated into the benchmark's database" : DATABASE.replaceAll("\\?.*", "");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** An empty index of the current mapping behind the alias, so the rebuild is the run's only full build. */
    private void startOnAnEmptyIndex() throws IOException {
        String empty = index.newIndexName();
        index.create(empty);
        index.readyForReaders(empty);
        index.swapTo(empty);
    }

    /** Bulk bodies of the rebuild's size, of up to {@link #SAMPLE} documents read back from the rebuilt index. */
    private Bodies bodiesOfTheRebuiltIndex() throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        SearchResponse<ModelDocument> first = client.search(
                s -> s.index(index.alias())
                        .size(properties.batchSize())
                        .scroll(t -> t.time("2m"))
                        .sort(o -> o.doc(d -> d)),
                ModelDocument.class);
        String scrollId = first.scrollId();
        List<Hit<ModelDocument>> hits = first.hits().hits();
        int models = 0;
        try {
            while (!hits.isEmpty() && models < SAMPLE) {
                List<ModelDocument> documents =
                        hits.stream().map(Hit::source).filter(Objects::nonNull).toList();
                bodies.add(BulkBody.of(documents, client._jsonpMapper()));
                sizes.add(documents.size());
                models += documents.size();
                String id = scrollId;
                ScrollResponse<ModelDocument> next =
                        client.scroll(s -> s.scrollId(id).scroll(t -> t.time("2m")), ModelDocument.class);
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
        }
        return new Bodies(bodies, sizes, models);
    }

    private record Bodies(List<byte[]> bodies, List<Integer> sizes, int models) {}

    /** Sends the prepared bodies into a new index of the same mapping and settings; only the sending is timed. */
    private double rawBulkSeconds(Bodies bodies, int inFlight) throws IOException {
        String bare = index.alias() + "-raw-bulk";
        index.create(bare);
        try {
            BulkRequests bulks = new BulkRequests(rest, bare, inFlight, properties.bulkTimeout(), n -> {});
            long started = System.nanoTime();
            for (int i = 0; i < bodies.bodies().size(); i++) {
                bulks.send(bodies.bodies().get(i), bodies.sizes().get(i));
            }
            bulks.awaitAll();
            double seconds = (System.nanoTime() - started) / 1e9;
            index.readyForReaders(bare);
            assertThat(index.count(bare)).isEqualTo(bodies.models());
            return seconds;
        } finally {
            index.drop(bare);
        }
    }

    /**
     * What the rebuild reads, page by page in the same order, up to {@link #SAMPLE} models, timing the reading and the
     * making of bulk bodies apart. Returns the models, the nanoseconds of each, and the bodies' bytes.
     */
    private long[] readAndBuildAlone() {
        long models = 0;
        long reading = 0;
        long building = 0;
        long bytes = 0;
        UUID after = null;
        List<ModelView> page;
        do {
            long started = System.nanoTime();
            page = catalog.publishedAfter(after, properties.batchSize());
            var timelines =
                    updates.publishedTimelines(page.stream().map(ModelView::id).toList());
            long read = System.nanoTime();
            List<ModelDocument> documents = page.stream()
                    .map(model -> ModelDocument.of(model, timelines.getOrDefault(model.id(), List.of())))
                    .toList();
            bytes += BulkBody.of(documents, client._jsonpMapper()).length;
            models += documents.size();
            building += System.nanoTime() - read;
            reading += read - started;
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == properties.batchSize() && models < SAMPLE);
        return new long[] {models, reading, building, bytes};
    }

    /**
     * Published models around real communes, through the catalog's bulk door as {@code ./dvk seed} loads them, with
     * their outbox entries marked delivered: the rebuild is measured, not the relay. A run resumes what an earlier one
     * of the same size loaded.
     */
    private void load() {
        List<Object[]> communes =
                jdbc.query("""
                SELECT code, ST_Y(label_point), ST_X(label_point) FROM places.admin_unit
                WHERE level = 'COMMUNE' ORDER BY code
                """, (rs, n) -> new Object[] {rs.getString(1), rs.getDouble(2), rs.getDouble(3)});
        Random random = new Random(20261203);
        List<Object[]> chosen = new ArrayList<>();
        List<UUID> unitIds = new ArrayList<>();
        for (int i = 0; i < COMMUNES; i++) {
            Object[] commune = communes.get(random.nextInt(communes.size()));
            chosen.add(commune);
            unitIds.add(TestUnits.of(units, "Chi hội thử nghiệm tái lập chỉ mục", (String) commune[0]));
        }
        Field[] fields = Field.values();
        Instant registered = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (long done = generated.count(SEED_RUN); done < MODELS; ) {
            List<GeneratedModels.Generated> batch = new ArrayList<>(LOAD_BATCH);
            for (int i = 0; i < LOAD_BATCH && done + i < MODELS; i++) {
                long n = done + i;
                Random one = new Random(n);
                int place = one.nextInt(COMMUNES);
                Object[] commune = chosen.get(place);
                String topic = pick(one, TOPICS);
                NewModel model = new NewModel(
                        "tai-lap-" + n,
                        unitIds.get(place),
                        new ModelProfile(
                                topic + " " + pick(one, PLACES) + " số " + n,
                                pick(one, OWNERS),
                                one.nextInt(4) == 0 ? OwnerKind.INDIVIDUAL : OwnerKind.COLLECTIVE,
                                fields[one.nextInt(fields.length)],
                                2015 + one.nextInt(11),
                                topic + ": người dân cùng làm, cùng hưởng, " + pick(one, PLACES) + ".",
                                "<p>Từ năm " + (2015 + one.nextInt(11)) + ", " + topic.toLowerCase() + " được "
                                        + pick(one, OWNERS).toLowerCase() + " khởi xướng. " + STORY + "</p><p>"
                                        + STORY + "</p>"),
                        new ModelLocation((Double) commune[1], (Double) commune[2], (String) commune[0]),
                        List.of(),
                        null,
                        null);
                batch.add(new GeneratedModels.Generated(
                        new UUID(0x7e1d_0000_0000_0000L, n),
                        model,
                        registered.plusSeconds(n),
                        registered.plusSeconds(n + 60),
                        List.of()));
            }
            GeneratedModels.Loaded loaded = generated.load(SEED_RUN, batch, Account.PLATFORM);
            generated.announced(loaded.written());
            done += batch.size();
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static final List<String> TOPICS = List.of(
            "Đường làng sáng, xanh, sạch, đẹp",
            "Camera an ninh khu dân cư",
            "Tổ hòa giải ở cơ sở",
            "Chuyển đổi số cho người cao tuổi",
            "Hiến đất mở đường nông thôn mới",
            "Nhà tình nghĩa cho hộ nghèo",
            "Câu lạc bộ phụ nữ giữ gìn bản sắc",
            "Sinh kế cho thanh niên hoàn lương");
    private static final List<String> PLACES =
            List.of("ở thôn Đông", "ở bản Mường", "ở khu phố 3", "ở tổ dân phố 5", "ở ấp Hòa Bình", "ở buôn Ja");
    private static final List<String> OWNERS = List.of(
            "Chi hội Phụ nữ",
            "Chi đoàn Thanh niên",
            "Chi hội Nông dân",
            "Ban công tác Mặt trận",
            "Chi hội Cựu chiến binh");
    private static final String STORY = "Mỗi hộ góp công, góp sức; ban điều hành họp hằng tháng, công khai thu chi, "
            + "mời bà con cùng bàn và cùng kiểm tra. Sau ba năm, con đường đã dài thêm hai cây số, đèn chiếu sáng được lắp "
            + "ở mọi ngõ, và tổ tự quản được cả xã học theo.";
}
