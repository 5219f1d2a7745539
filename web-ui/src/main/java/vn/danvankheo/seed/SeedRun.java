package vn.danvankheo.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.accounts.UnitRegistry.GeneratedUnit;
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
    /** The platform as the generator: the trail names it, so generated changes are told apart from demo data. */
    static final Account GENERATOR = new Account(
            null,
            "bo-sinh-du-lieu",
            "Bộ sinh dữ liệu thử",
            Role.ADMINISTRATOR,
            null,
            null,
            Scope.NATIONWIDE,
            null,
            true);

    private final GeneratedModels generated;
    private final UnitRegistry units;
    private final SearchIndexing search;
    private final JsonMapper json;

    SeedRun(GeneratedModels generated, UnitRegistry units, SearchIndexing search, JsonMapper json) {
        this.generated = generated;
        this.units = units;
        this.search = search;
        this.json = json;
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
        Set<UUID> unitsRecorded = new HashSet<>();
        ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "seed-index"));
        try {
            Future<?> indexing = null;
            long lastReport = System.nanoTime();
            for (long n = from; n < properties.models(); n += properties.batchSize()) {
                long end = Math.min(properties.models(), n + properties.batchSize());
                List<GeneratedModel> batch = new ArrayList<>((int) (end - n));
                for (long i = n; i < end; i++) {
                    batch.add(generator.generate(i));
                }
                summary.unitsWritten(recordUnits(properties.seedRun(), batch, unitsRecorded));
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
        log.info("Removed {} generated unit(s)", units.removeGenerated());
        return removed;
    }

    /**
     * Records the units of the batch's communes that this run has not recorded yet; those an earlier run (or seed)
     * recorded are found by their ids and left as they are.
     */
    private int recordUnits(String seedRun, List<GeneratedModel> batch, Set<UUID> recorded) {
        List<GeneratedUnit> wanted = new ArrayList<>();
        for (GeneratedModel model : batch) {
            for (GeneratedUnit unit : model.communeUnits()) {
                if (recorded.add(unit.id())) {
                    wanted.add(unit);
                }
            }
        }
        return wanted.isEmpty() ? 0 : units.registerGenerated(seedRun, wanted);
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
        private long units;
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

        void unitsWritten(int count) {
            units += count;
        }

        long unitsWritten() {
            return units;
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
                    "Seed %s done in %s: %d model(s) written (%d published and indexed) by %d new unit(s), %d already"
                            + " there before this run, %d found written again and skipped. Generated but not stored yet: "
                            + "recognitions %s, %d naming a model they replicate.",
                    seedRun, took, written, published, units, alreadyThere, skipped, recognitions, replicating);
        }
    }
}
