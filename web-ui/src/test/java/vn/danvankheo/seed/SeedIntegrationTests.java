package vn.danvankheo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danvankheo.DanVanKheoApplication;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.GeneratedModels.Generated;
import vn.danvankheo.catalog.GeneratedModels.GeneratedUpdate;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdates;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions.GeneratedRecognition;
import vn.danvankheo.search.SearchProperties;
import vn.danvankheo.seed.ModelGenerator.GeneratedModel;
import vn.danvankheo.testing.TestServices;

/**
 * The generated data set: its bulk path writes what the write path writes, its recognitions what the recognition
 * workflow records, a resumed run adds no duplicates, and removing it leaves real records alone. Real PostGIS and
 * Elasticsearch.
 */
@SpringBootTest(
        classes = {DanVanKheoApplication.class, SeedIntegrationTests.Clocks.class},
        properties = {
            "dvk.places.data-directory=../data/vn-admin",
            "dvk.criteria.directory=../data/criteria",
            "dvk.site.tile-url=",
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=1s"
        })
class SeedIntegrationTests {

    private static final Path COMMUNES = Path.of("../data/vn-admin/vn_communes_3321_light.geojson.gz");

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("seed").register(registry);
    }

    @TestConfiguration
    @Import(WorkflowPath.class)
    static class Clocks {
        // The recognition capability has a clock of its own; this one drives every capability in these tests.
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    SeedRun run;

    @Autowired
    WorkflowPath workflow;

    @Autowired
    GeneratedRecognitions recognitions;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    MovableClock clock;

    @Autowired
    UnitRegistry units;

    @Autowired
    ProgressUpdates updates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ElasticsearchClient search;

    @Autowired
    SearchProperties searchProperties;

    @Test
    void theBulkPathWritesWhatTheWritePathWrites() throws IOException {
        long seed = 7;
        int sample = 30;
        SeedRun.Summary loaded = run.load(new SeedProperties("load", sample, seed, 8, COMMUNES));
        ModelGenerator generator = new ModelGenerator(seed, CommuneDraw.from(COMMUNES, json), loaded.photos());
        List<UUID[]> pairs = new ArrayList<>();
        for (int n = 0; n < sample; n++) {
            pairs.add(new UUID[] {ModelGenerator.id(seed, n), throughWritePath(generator.generate(n))});
        }
        awaitRelayed(pairs.stream().map(pair -> pair[1]).toList());

        assertThat(pairs.stream().filter(pair -> modelRow(pair[0]).contains("PUBLISHED")))
                .as("the sample holds published models")
                .isNotEmpty();
        assertThat(pairs.stream().filter(pair -> modelRow(pair[0]).contains("DRAFT")))
                .as("the sample holds drafts")
                .isNotEmpty();
        assertThat(pairs.stream().filter(pair -> photos(pair[0]) > 0))
                .as("the sample holds models with photos")
                .isNotEmpty();
        assertThat(pairs.stream().flatMap(pair -> progressUpdates(pair[0]).stream()))
                .as("the sample holds approved updates and updates waiting for a moderator")
                .anyMatch(update -> update.contains("\"status\": \"PUBLISHED\""))
                .anyMatch(update -> update.contains("\"status\": \"SUBMITTED\""));
        pairs.forEach(this::assertSameRows);
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.model WHERE id = ANY(?) AND seed_run = 'seed-7'")
                        .param(pairs.stream().map(pair -> pair[0]).toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .as("generated rows are marked")
                .isEqualTo(sample);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM catalog.model m JOIN accounts.unit u ON u.id = m.registering_unit_id
                        WHERE m.id = ANY(?) AND u.seed_run IS NOT NULL AND u.name LIKE '%(dữ liệu thử)'""")
                        .param(pairs.stream().map(pair -> pair[0]).toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .as("generated models are registered by generated units, marked as such")
                .isEqualTo(sample);
    }

    @Test
    void generatedRecognitionsAreWhatTheWorkflowRecords() throws IOException {
        // The first seed from 100 whose first models hold a recognition the workflow allows at every level: few models
        // are both new this year and have evidence to show, and a central recognition is one in two hundred of those.
        Set<RecognitionLevel> levels = EnumSet.noneOf(RecognitionLevel.class);
        List<Long> recognised = new ArrayList<>();
        CommuneDraw communes = CommuneDraw.from(COMMUNES, json);
        long seed = 99;
        while (levels.size() < RecognitionLevel.values().length) {
            seed++;
            assertThat(seed)
                    .as("a seed with every level among its first models")
                    .isLessThan(1_000);
            levels.clear();
            recognised.clear();
            // Which models show a photo depends on how many photos a run stores, not on which.
            ModelGenerator scan =
                    new ModelGenerator(seed, communes, Collections.nCopies(GeneratedPhotos.POOL, UUID.randomUUID()));
            for (long n = 0; n < 800 && levels.size() < RecognitionLevel.values().length; n++) {
                GeneratedRecognition steps = scan.generate(n).recognitionSteps();
                if (steps != null) {
                    levels.add(steps.level());
                    recognised.add(n);
                }
            }
        }
        int models = (int) (recognised.get(recognised.size() - 1) + 1);
        SeedRun.Summary loaded = run.load(new SeedProperties("load", models, seed, 100, COMMUNES));
        ModelGenerator generator = new ModelGenerator(seed, communes, loaded.photos());
        List<UUID[]> pairs = new ArrayList<>();
        List<GeneratedRecognition> steps = new ArrayList<>();
        for (long n : recognised) {
            GeneratedModel model = generator.generate(n);
            steps.add(model.recognitionSteps());
            pairs.add(new UUID[] {model.model().id(), throughWritePath(model)});
        }
        awaitRelayed(pairs.stream().map(pair -> pair[1]).toList());

        assertThat(steps).extracting(GeneratedRecognition::level).contains(RecognitionLevel.values());
        pairs.forEach(this::assertSameRows);
        for (UUID[] pair : pairs) {
            assertThat(indexed(pair[0]).get("recognitions"))
                    .as("the index document carries the badges, for the map's and search's filter")
                    .isNotEmpty();
            assertThat(jdbc.sql("""
                            SELECT DISTINCT r.seed_run || ' ' || c.seed_run || ' ' || a.seed_run
                            FROM recognition.registration r JOIN recognition.campaign c ON c.id = r.campaign_id
                            JOIN recognition.audit_event a ON a.registration_id = r.id WHERE r.model_id = ?""").param(pair[0]).query(String.class).list())
                    .as("generated recognitions are marked")
                    .containsExactly("seed-" + seed + " seed-" + seed + " seed-" + seed);
        }
        String counts = "SELECT (SELECT count(*) FROM recognition.registration WHERE seed_run = ?) || ' '"
                + " || (SELECT count(*) FROM recognition.audit_event WHERE seed_run = ?)"
                + " || ' ' || (SELECT count(*) FROM catalog.outbox_event WHERE model_id = ANY(?))";
        UUID[] bulk = pairs.stream().map(pair -> pair[0]).toArray(UUID[]::new);
        String before = jdbc.sql(counts)
                .params("seed-" + seed, "seed-" + seed, bulk)
                .query(String.class)
                .single();
        assertThat(recognitions.store("seed-" + seed, steps, SeedRun.GENERATOR))
                .as("a resumed run finds the recognitions written")
                .isEmpty();
        assertThat(jdbc.sql(counts)
                        .params("seed-" + seed, "seed-" + seed, bulk)
                        .query(String.class)
                        .single())
                .isEqualTo(before);

        run.removeAll();

        assertThat(jdbc.sql("""
                        SELECT (SELECT count(*) FROM recognition.registration WHERE seed_run IS NOT NULL)
                            + (SELECT count(*) FROM recognition.campaign WHERE seed_run IS NOT NULL)
                            + (SELECT count(*) FROM recognition.unit_rating WHERE seed_run IS NOT NULL)
                            + (SELECT count(*) FROM recognition.audit_event WHERE seed_run IS NOT NULL)""").query(Long.class).single())
                .as("removing generated data removes its recognitions")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM recognition.registration WHERE model_id = ANY(?)")
                        .param(pairs.stream().map(pair -> pair[1]).toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .as("the workflow's registrations are real records, kept")
                .isEqualTo(pairs.size());
    }

    /**
     * The generated model registered, published and updated through {@link ModelWrites} and recognised through the
     * workflow, each step at the generator's instant; returns the copy's id.
     */
    private UUID throughWritePath(GeneratedModel model) {
        Generated generated = model.model();
        NewModel given = generated.model();
        try {
            clock.set(generated.registeredAt());
            ModelView registered = writes.register(SeedRun.GENERATOR, withSlug(given, "w-" + given.slug()))
                    .block();
            if (generated.publishedAt() != null) {
                clock.set(generated.publishedAt());
                writes.publish(
                                SeedRun.GENERATOR,
                                registered.id(),
                                registered.state().version())
                        .block();
            }
            for (GeneratedUpdate update : generated.updates()) {
                clock.set(update.writtenAt());
                ProgressUpdate written = writes.writeUpdate(SeedRun.GENERATOR, registered.id(), update.update())
                        .block();
                if (update.approvedAt() != null) {
                    clock.set(update.approvedAt());
                    writes.publishUpdate(SeedRun.GENERATOR, registered.id(), written.id(), written.version())
                            .block();
                }
            }
            if (model.recognitionSteps() != null) {
                workflow.recognise(model.recognitionSteps(), registered.id(), clock);
            }
            return registered.id();
        } finally {
            clock.release();
        }
    }

    /** Everything of the bulk-loaded model {@code pair[0]} against the write path's copy {@code pair[1]}. */
    private void assertSameRows(UUID[] pair) {
        assertThat(modelRow(pair[0])).isEqualTo(modelRow(pair[1]));
        assertThat(trail(pair[0])).isEqualTo(trail(pair[1]));
        assertThat(photoRows(pair[0])).isEqualTo(photoRows(pair[1]));
        assertThat(progressUpdates(pair[0])).isEqualTo(progressUpdates(pair[1]));
        assertThat(announcements(pair[0])).isEqualTo(announcements(pair[1]));
        assertThat(indexed(pair[0])).isEqualTo(indexed(pair[1]));
        assertThat(recognitionRows(pair[0])).isEqualTo(recognitionRows(pair[1]));
    }

    /**
     * The model's recognition records: its campaign, registration, self-assessment, evaluations, decisions, their
     * trail and the catalog's badges, without what differs by construction (ids, the model's, the generator's mark,
     * and the record an update's evidence names, an update of each copy).
     */
    private List<String> recognitionRows(UUID modelId) {
        String registration = "(SELECT id FROM recognition.registration WHERE model_id = :model)";
        String campaign = "(SELECT campaign_id FROM recognition.registration WHERE model_id = :model)";
        String trail = "SELECT action || ' ' || actor_id || ' ' || actor_name || ' ' || detail || ' ' || occurred_at"
                + " FROM recognition.audit_event WHERE ";
        List<String> rows = new ArrayList<>();
        rows.addAll(rows(
                "SELECT (to_jsonb(c) - 'id' - 'seed_run')::text FROM recognition.campaign c WHERE id = " + campaign,
                modelId));
        rows.addAll(rows(trail + "action = 'CAMPAIGN_OPENED' AND campaign_id = " + campaign, modelId));
        rows.addAll(rows(
                "SELECT (to_jsonb(r) - 'id' - 'campaign_id' - 'model_id' - 'seed_run')::text"
                        + " FROM recognition.registration r WHERE model_id = :model",
                modelId));
        rows.addAll(rows(
                "SELECT (to_jsonb(s) - 'id' - 'registration_id' - 'evidence')::text || ' '"
                        + " || ((evidence -> 0) - 'recordId')::text || ' ' || jsonb_array_length(evidence)"
                        + " FROM recognition.self_assessment s WHERE registration_id = " + registration,
                modelId));
        rows.addAll(rows(
                "SELECT (to_jsonb(e) - 'id' - 'registration_id')::text FROM recognition.evaluation e"
                        + " WHERE registration_id = " + registration + " ORDER BY evaluated_at",
                modelId));
        rows.addAll(rows(
                "SELECT (to_jsonb(d) - 'id' - 'registration_id')::text FROM recognition.decision d"
                        + " WHERE registration_id = " + registration + " ORDER BY decided_at",
                modelId));
        rows.addAll(rows(trail + "registration_id = " + registration + " ORDER BY id", modelId));
        rows.addAll(rows(
                "SELECT (to_jsonb(b) - 'model_id')::text FROM catalog.model_recognition b"
                        + " WHERE model_id = :model ORDER BY level, year",
                modelId));
        return rows;
    }

    private List<String> rows(String query, UUID modelId) {
        return jdbc.sql(query).param("model", modelId).query(String.class).list();
    }

    @Test
    void anInterruptedRunResumedWritesNoModelTwice() throws IOException {
        SeedRun.Summary cut = run.load(new SeedProperties("load", 13, 8L, 10, COMMUNES));
        SeedRun.Summary resumed = run.load(new SeedProperties("load", 31, 8L, 10, COMMUNES));

        assertThat(cut.written()).isEqualTo(13);
        assertThat(resumed.written()).isEqualTo(31 - 13);
        assertThat(resumed.skipped())
                .as("the part-written last batch is found, not written again")
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*), count(DISTINCT slug) FROM catalog.model WHERE seed_run = 'seed-8'")
                        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                        .single())
                .containsExactly(31L, 31L);
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; n < 31; n++) {
            ids.add(ModelGenerator.id(8, n));
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM catalog.model_revision r JOIN catalog.model m ON m.id = r.model_id
                        WHERE m.seed_run = 'seed-8' AND r.change = 'REGISTERED'""").query(Long.class).single()).isEqualTo(31);
        long published = jdbc.sql(
                        "SELECT count(*) FROM catalog.model WHERE seed_run = 'seed-8' AND status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        long approvedUpdates = jdbc.sql("""
                        SELECT count(*) FROM catalog.model_update u JOIN catalog.model m ON m.id = u.model_id
                        WHERE m.seed_run = 'seed-8' AND u.status = 'PUBLISHED'""").query(Long.class).single();
        long badges = jdbc.sql("SELECT count(*) FROM catalog.model_recognition WHERE model_id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.outbox_event WHERE model_id = ANY(?)")
                        .param(ids.toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .as("registration, publication, each approved progress update and each badge")
                .isEqualTo(31 + published + approvedUpdates + badges);
        assertThat(ids.stream().filter(id -> indexed(id) != null).count()).isEqualTo(published);
        assertThat(resumed.unitsWritten())
                .as("units of communes the cut run already recorded are not recorded again")
                .isEqualTo(jdbc.sql("SELECT count(*) FROM accounts.unit WHERE seed_run = 'seed-8'")
                                .query(Long.class)
                                .single()
                        - cut.unitsWritten());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM catalog.model m
                        WHERE m.seed_run = 'seed-8'
                          AND NOT EXISTS (SELECT 1 FROM accounts.unit u WHERE u.id = m.registering_unit_id)""").query(Long.class).single())
                .as("every model's unit is recorded")
                .isZero();
    }

    @Test
    void removingGeneratedDataLeavesRealRecords() throws IOException {
        run.load(new SeedProperties("load", 12, 9L, 5, COMMUNES));
        Generated real = new ModelGenerator(9, CommuneDraw.from(COMMUNES, json), List.of())
                .generate(0)
                .model();
        Unit realUnit = units.register(new NewUnit(
                "Đảng ủy thật " + real.model().location().communeCode(),
                UnitKind.PARTY_COMMITTEE,
                null,
                real.model().location().communeCode(),
                null));
        NewModel realModel = withSlug(real.model(), "real-" + real.model().slug());
        ModelView kept = writes.register(
                        SeedRun.GENERATOR,
                        new NewModel(
                                realModel.slug(),
                                realUnit.id(),
                                realModel.profile(),
                                realModel.location(),
                                realModel.photos(),
                                realModel.details(),
                                null))
                .block();
        writes.publish(SeedRun.GENERATOR, kept.id(), kept.state().version()).block();
        UUID generatedUnit = real.model().registeringUnitId();
        ModelView keptWithGeneratedUnit = writes.register(
                        SeedRun.GENERATOR,
                        withSlug(real.model(), "real-unit-" + real.model().slug()))
                .block();
        awaitRelayed(List.of(kept.id(), keptWithGeneratedUnit.id()));

        run.removeAll();

        assertThat(jdbc.sql("SELECT count(*) FROM catalog.model WHERE seed_run IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        UUID itsParent = units.find(generatedUnit).orElseThrow().parentId();
        assertThat(jdbc.sql("SELECT id FROM accounts.unit WHERE seed_run IS NOT NULL")
                        .query(UUID.class)
                        .list())
                .as("generated units go with the generated models, but for the one a real model names and its parent")
                .containsExactlyInAnyOrderElementsOf(
                        itsParent == null ? List.of(generatedUnit) : List.of(generatedUnit, itsParent));
        assertThat(units.find(realUnit.id())).isPresent();
        assertThat(catalog.find(kept.id())).isPresent();
        assertThat(catalog.find(keptWithGeneratedUnit.id())).isPresent();
        assertThat(indexed(kept.id())).isNotNull();
        assertThat(indexed(ModelGenerator.id(9, 1))).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.outbox_event WHERE model_id = ?")
                        .param(ModelGenerator.id(9, 1))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static NewModel withSlug(NewModel model, String slug) {
        return new NewModel(
                slug,
                model.registeringUnitId(),
                model.profile(),
                model.location(),
                model.photos(),
                model.details(),
                model.replicates());
    }

    /** The row as stored, without what differs by construction: the id, the address and the generator's mark. */
    private String modelRow(UUID id) {
        return jdbc.sql("SELECT (to_jsonb(m) - 'id' - 'slug' - 'seed_run')::text FROM catalog.model m WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private List<String> trail(UUID id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(r) - 'model_id' - 'snapshot')::text || ((snapshot - 'id' - 'slug')::text)
                        FROM catalog.model_revision r WHERE model_id = ? ORDER BY version""").param(id).query(String.class).list();
    }

    private long photos(UUID id) {
        return jdbc.sql("SELECT count(*) FROM catalog.model_photo WHERE model_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private List<String> photoRows(UUID id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(p) - 'model_id')::text FROM catalog.model_photo p
                        WHERE model_id = ? ORDER BY position""").param(id).query(String.class).list();
    }

    private List<String> progressUpdates(UUID id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(u) - 'id' - 'model_id')::text FROM catalog.model_update u
                        WHERE model_id = ? ORDER BY written_at""").param(id).query(String.class).list();
    }

    private List<String> announcements(UUID id) {
        return jdbc.sql("""
                        SELECT event_type || ' ' || occurred_at || ' ' || (published_at IS NOT NULL) || ' ' || attempts
                            || ' ' || coalesce(last_error, '')
                        FROM catalog.outbox_event WHERE model_id = ? ORDER BY occurred_at, id""").param(id).query(String.class).list();
    }

    private JsonNode indexed(UUID id) {
        try {
            var found = search.get(
                    g -> g.index(searchProperties.indexPrefix() + "-models").id(id.toString()), Map.class);
            if (!found.found()) {
                return null;
            }
            ObjectNode source = json.valueToTree(found.source());
            source.remove(List.of("id", "slug"));
            return source;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitRelayed(List<UUID> ids) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.sql("SELECT count(*) FROM catalog.outbox_event WHERE model_id = ANY(?) AND published_at IS NULL")
                        .param(ids.toArray(UUID[]::new))
                        .query(Long.class)
                        .single()
                > 0) {
            assertThat(System.nanoTime())
                    .as("the relay delivered the write path's changes")
                    .isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
