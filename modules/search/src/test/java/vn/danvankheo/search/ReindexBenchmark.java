package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
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
 * The full reindex's rate in models per second, against a raw {@code _bulk} of the same documents into an index of
 * the same mapping and settings, in the same run; and, to say where the rest goes, the rate of reading the same pages
 * from PostGIS and making their documents without indexing them. Printed, never asserted against a figure: run it with
 * {@code ./dvk bench}.
 *
 * <p>Data: {@code bench.models} (20,000) generated published models loaded through the catalog's bulk door into the
 * benchmark's own database, or, with {@code -Dbench.db-url}, a database already loaded ({@code ./dvk seed}) that no
 * running site writes to: its models are read, never changed, and the benchmark indexes into indices of its own.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {"dvk.search.heal-interval=1h", "dvk.places.data-directory=../../data/vn-admin"})
class ReindexBenchmark {

    private static final int MODELS = Integer.getInteger("bench.models", 20_000);
    private static final String DATABASE = System.getProperty("bench.db-url", "");
    private static final int LOAD_BATCH = 1_000;
    private static final int COMMUNES = 300;
    private static final String SEED_RUN = "reindex-bench";

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("reindexbench").register(registry);
        if (!DATABASE.isBlank()) {
            registry.add("spring.datasource.url", () -> DATABASE);
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
    JdbcTemplate jdbc;

    @Test
    void rebuildRateAgainstABareBulkOfTheSameDocuments() throws Exception {
        if (DATABASE.isBlank()) {
            load();
        }
        indexer.ensureReady();
        long published = catalog.publishedCount();

        long started = System.nanoTime();
        long read = readOnly();
        double readSeconds = (System.nanoTime() - started) / 1e9;

        ReindexProgress.Counter progress = new ReindexProgress.Counter(published);
        started = System.nanoTime();
        indexer.rebuild(progress);
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        client.indices().refresh(r -> r.index(index.alias()));
        long indexed = client.count(c -> c.index(index.alias())).count();

        String bare = index.alias() + "-bare-bulk";
        index.create(bare);
        double bulkSeconds;
        long bulked;
        try {
            long[] copied = bulkCopy(bare);
            bulked = copied[0];
            bulkSeconds = copied[1] / 1e9;
        } finally {
            client.indices().delete(d -> d.index(bare));
        }

        double rebuildRate = progress.done() / rebuildSeconds;
        double bulkRate = bulked / bulkSeconds;
        System.out.printf("%nFull reindex of %,d published models (%s):%n", published, source());
        System.out.printf(
                "  rebuild (ModelIndexer.rebuild, alias moved)  %,9d models  %8.1f s  %,9.0f models/s%n",
                progress.done(), rebuildSeconds, rebuildRate);
        System.out.printf(
                "  bare _bulk of the same documents             %,9d models  %8.1f s  %,9.0f models/s   (time in"
                        + " _bulk calls only)%n",
                bulked, bulkSeconds, bulkRate);
        System.out.printf(
                "  reading PostGIS and making documents only    %,9d models  %8.1f s  %,9.0f models/s%n",
                read, readSeconds, read / readSeconds);
        System.out.printf("  rebuild / bare _bulk: %.2f%n%n", rebuildRate / bulkRate);

        assertThat(progress.done()).isEqualTo(published);
        assertThat(indexed).isEqualTo(published);
        assertThat(bulked).isEqualTo(published);
    }

    private static String source() {
        return DATABASE.isBlank() ? "generated into the benchmark's database" : DATABASE.replaceAll("\\?.*", "");
    }

    /** What the rebuild reads, page by page in the same order, made into documents and dropped. */
    private long readOnly() {
        long count = 0;
        UUID after = null;
        List<ModelView> page;
        do {
            page = catalog.publishedAfter(after, ModelIndexer.BATCH);
            var timelines =
                    updates.publishedTimelines(page.stream().map(ModelView::id).toList());
            count += page.stream()
                    .map(model -> ModelDocument.of(model, timelines.getOrDefault(model.id(), List.of())))
                    .filter(Objects::nonNull)
                    .count();
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == ModelIndexer.BATCH);
        return count;
    }

    /**
     * The rebuilt index's documents read back with a scroll and written to {@code target} in bulks of the rebuild's
     * size; only the bulk calls are timed. Returns the count and the nanoseconds.
     */
    private long[] bulkCopy(String target) throws IOException {
        long count = 0;
        long nanos = 0;
        SearchResponse<ModelDocument> first = client.search(
                s -> s.index(index.alias())
                        .size(ModelIndexer.BATCH)
                        .scroll(t -> t.time("2m"))
                        .sort(o -> o.doc(d -> d)),
                ModelDocument.class);
        String scrollId = first.scrollId();
        List<Hit<ModelDocument>> hits = first.hits().hits();
        try {
            while (!hits.isEmpty()) {
                List<ModelDocument> documents =
                        hits.stream().map(Hit::source).filter(Objects::nonNull).toList();
                long started = System.nanoTime();
                index.putAll(target, documents);
                nanos += System.nanoTime() - started;
                count += documents.size();
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
        return new long[] {count, nanos};
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
