package vn.danvankheo.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Editor;
import vn.danvankheo.catalog.GeneratedModels;
import vn.danvankheo.search.SearchIndexing;
import vn.danvankheo.seed.ModelGenerator.GeneratedModel;
import vn.danvankheo.seed.ModelGenerator.Recognition;

/**
 * Loads a seed's models in batches through the catalog's bulk door and indexes each batch while the next is being
 * written, the two services working side by side. A batch is written in one transaction, in order, so an interrupted
 * run has written a whole number of batches and a resumed one starts after them.
 */
@Component
class SeedRun {

    private static final Logger log = LoggerFactory.getLogger(SeedRun.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final int REMOVE_CHUNK = 5_000;
    static final Editor GENERATOR = new Editor(null, "Bộ sinh dữ liệu thử");

    private final GeneratedModels generated;
    private final SearchIndexing search;
    private final JsonMapper json;
    private final UnitRegistry units;

    SeedRun(GeneratedModels generated, SearchIndexing search, JsonMapper json, UnitRegistry units) {
        this.generated = generated;
        this.search = search;
        this.json = json;
        this.units = units;
    }

    Summary load(SeedProperties properties) {
        long started = System.nanoTime();
        CommuneDraw communes = CommuneDraw.from(properties.communes(), json);
        ModelGenerator generator = new ModelGenerator(properties.seed(), communes);
        search.ensureReady();
        long already = generated.count(properties.seedRun());
        long from = already - already % properties.batchSize();
        log.info(
                "Seed {}: {} model(s) wanted, {} already there, starting at model {}",
                properties.seed(),
                properties.models(),
                already,
                from);
        Summary summary = new Summary(properties.seedRun(), already);
        Map<String, UUID> unitIds = new HashMap<>();
        ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "seed-index"));
        try {
            Future<?> indexing = null;
            long lastReport = System.nanoTime();
            for (long n = from; n < properties.models(); n += properties.batchSize()) {
                long end = Math.min(properties.models(), n + properties.batchSize());
                List<GeneratedModel> batch = new ArrayList<>((int) (end - n));
                for (long i = n; i < end; i++) {
                    batch.add(generator.generate(
                            i,
                            commune -> unitIds.computeIfAbsent(commune.code(), code -> {
                                NewUnit unit = generator.unitFor(commune);
                                return units.existing(unit)
                                        .orElseGet(() -> units.register(unit))
                                        .id();
                            })));
                }
                GeneratedModels.Loaded loaded = generated.load(
                        properties.seedRun(),
                        batch.stream().map(GeneratedModel::model).toList(),
                        GENERATOR);
                await(indexing);
                indexing = indexer.submit(() -> index(loaded));
                summary.add(batch, loaded);
                if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                    lastReport = System.nanoTime();
                    log.info(summary.progress(end, properties.models(), started));
                }
            }
            await(indexing);
        } finally {
            indexer.shutdown();
        }
        summary.finished(started);
        log.info(summary.toString());
        return summary;
    }

    /** Removes every generated model of every run from the index and the catalog; real records are never touched. */
    int removeAll() {
        search.ensureReady();
        int removed = 0;
        for (List<UUID> ids = generated.someGenerated(REMOVE_CHUNK);
                !ids.isEmpty();
                ids = generated.someGenerated(REMOVE_CHUNK)) {
            search.removeAll(ids);
            removed += generated.remove(ids);
            log.info("Removed {} generated model(s)", removed);
        }
        return removed;
    }

    private void index(GeneratedModels.Loaded loaded) {
        search.putAll(loaded.published());
        generated.announced(loaded.written());
    }

    private static void await(Future<?> indexing) {
        if (indexing == null) {
            return;
        }
        try {
            indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seed interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Indexing a batch failed: " + e.getCause(), e.getCause());
        }
    }

    /** What a run loaded, with the parts that are generated but not stored yet. */
    static final class Summary {
        private final String seedRun;
        private final long alreadyThere;
        private long written;
        private long published;
        private long skipped;
        private long replicating;
        private final Map<Recognition, Long> recognitions = new EnumMap<>(Recognition.class);
        private Duration took = Duration.ZERO;

        Summary(String seedRun, long alreadyThere) {
            this.seedRun = seedRun;
            this.alreadyThere = alreadyThere;
        }

        void add(List<GeneratedModel> batch, GeneratedModels.Loaded loaded) {
            written += loaded.written().size();
            skipped += loaded.alreadyThere();
            published += loaded.published().size();
            for (GeneratedModel model : batch) {
                recognitions.merge(model.recognition(), 1L, Long::sum);
                if (model.replicates() != null) {
                    replicating++;
                }
            }
        }

        String progress(long done, long wanted, long startedNanos) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double rate = written / Math.max(seconds, 1e-3);
            long etaSeconds = rate > 0 ? (long) ((wanted - done) / rate) : -1;
            return String.format(
                    "Seed %s: %d/%d models, %.0f models/s, ETA %s",
                    seedRun, done, wanted, rate, Duration.ofSeconds(Math.max(etaSeconds, 0)));
        }

        void finished(long startedNanos) {
            took = Duration.ofNanos(System.nanoTime() - startedNanos);
        }

        long written() {
            return written;
        }

        long skipped() {
            return skipped;
        }

        @Override
        public String toString() {
            return String.format(
                    "Seed %s done in %s: %d model(s) written (%d published and indexed), %d already there before"
                            + " this run, %d found written again and skipped. Generated but not stored yet: "
                            + "recognitions %s, %d naming a model they replicate.",
                    seedRun, took, written, published, alreadyThere, skipped, recognitions, replicating);
        }
    }
}
