package vn.danvankheo.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.accounts.UnitRegistry.GeneratedUnit;
import vn.danvankheo.catalog.GeneratedModels;
import vn.danvankheo.catalog.ModelRecognitions;
import vn.danvankheo.media.MediaLibrary;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions;
import vn.danvankheo.recognition.registrations.GeneratedRecognitions.GeneratedRecognition;
import vn.danvankheo.search.SearchIndexing;
import vn.danvankheo.seed.ModelGenerator.GeneratedModel;
import vn.danvankheo.seed.ModelGenerator.Recognition;

/**
 * Loads a seed's models in batches through the catalog's bulk door, their recognitions through the recognition
 * capability's, and indexes each batch while the next is being written, the two services working side by side. A
 * batch, models and recognitions, is written in one transaction, in order, so an interrupted run has written a whole
 * number of batches and a resumed one starts after them.
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
    private final GeneratedRecognitions recognitions;
    private final ModelRecognitions badges;
    private final TransactionTemplate transaction;
    private final UnitRegistry units;
    private final SearchIndexing search;
    private final MediaLibrary media;
    private final JsonMapper json;

    SeedRun(
            GeneratedModels generated,
            GeneratedRecognitions recognitions,
            ModelRecognitions badges,
            TransactionTemplate transaction,
            UnitRegistry units,
            SearchIndexing search,
            MediaLibrary media,
            JsonMapper json) {
        this.generated = generated;
        this.recognitions = recognitions;
        this.badges = badges;
        this.transaction = transaction;
        this.units = units;
        this.search = search;
        this.media = media;
        this.json = json;
    }

    Summary load(SeedProperties properties) {
        long started = System.nanoTime();
        CommuneDraw communes = CommuneDraw.from(properties.communes(), json);
        search.ensureReady();
        long already = generated.count(properties.seedRun());
        long from = already - already % properties.batchSize();
        // Stored only when models are to be written, so a run with nothing left to do leaves no photo unused.
        List<UUID> photos = from < properties.models() ? GeneratedPhotos.store(media, properties.seed()) : List.of();
        ModelGenerator generator = new ModelGenerator(properties.seed(), communes, photos);
        log.info(
                "Seed {}: {} model(s) wanted, {} already there, starting at model {}",
                properties.seed(),
                properties.models(),
                already,
                from);
        Summary summary = new Summary(properties.seedRun(), already, photos);
        Set<UUID> unitsRecorded = new HashSet<>();
        ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "seed-index"));
        try (SearchIndexing.BulkLoad loading = search.bulkLoad()) {
            Future<?> indexing = null;
            long lastReport = System.nanoTime();
            for (long n = from; n < properties.models(); n += properties.batchSize()) {
                long end = Math.min(properties.models(), n + properties.batchSize());
                long phase = System.nanoTime();
                List<GeneratedModel> batch = new ArrayList<>((int) (end - n));
                for (long i = n; i < end; i++) {
                    batch.add(generator.generate(i));
                }
                phase = summary.generating(phase);
                summary.unitsWritten(recordUnits(properties.seedRun(), batch, unitsRecorded));
                GeneratedModels.Loaded loaded = transaction.execute(status -> store(properties.seedRun(), batch));
                phase = summary.storing(phase);
                await(indexing);
                summary.waitingForIndex(phase);
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

    /**
     * The batch's models and then their recognitions, in the caller's transaction; the public views to index carry
     * the badges the recognitions gave, as the indexer would read them once the decisions are committed.
     */
    private GeneratedModels.Loaded store(String seedRun, List<GeneratedModel> batch) {
        GeneratedModels.Loaded loaded = generated.load(
                seedRun, batch.stream().map(GeneratedModel::model).toList(), GENERATOR);
        List<GeneratedRecognition> steps = batch.stream()
                .map(GeneratedModel::recognitionSteps)
                .filter(Objects::nonNull)
                .toList();
        List<UUID> recognised = recognitions.store(seedRun, steps, GENERATOR);
        return recognised.isEmpty() ? loaded : loaded.withRecognitions(badges.of(recognised));
    }

    /**
     * Removes every generated recognition, then every generated model of every run from the index and the catalog,
     * then the photos they showed and the generated units; real records are never touched.
     */
    int removeAll() {
        search.ensureReady();
        log.info("Removed {} generated recognition registration(s)", recognitions.removeAll());
        Set<UUID> photos = generated.photosOfGeneratedOnly();
        int removed = 0;
        for (List<UUID> ids = generated.someGenerated(REMOVE_CHUNK);
                !ids.isEmpty();
                ids = generated.someGenerated(REMOVE_CHUNK)) {
            search.removeAll(ids);
            removed += generated.remove(ids);
            log.info("Removed {} generated model(s)", removed);
        }
        photos.forEach(media::delete);
        log.info("Removed {} generated photo(s)", photos.size());
        log.info("Removed {} generated unit(s)", units.removeGenerated(generated.unitsOfRealModels()));
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
        search.putAll(loaded.published(), loaded.publishedTimelines());
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

    /** What a run loaded: models, their updates and recognitions, and how many name an original. */
    static final class Summary {
        private final String seedRun;
        private final long alreadyThere;
        private final List<UUID> photos;
        private long written;
        private long published;
        private long skipped;
        private long replicating;
        private long units;
        private long updates;
        private final Map<Recognition, Long> recognitions = new EnumMap<>(Recognition.class);
        private final Map<RecognitionLevel, Long> recognitionsStored = new EnumMap<>(RecognitionLevel.class);
        private Duration took = Duration.ZERO;
        private long generatingNanos;
        private long storingNanos;
        private long waitingNanos;

        Summary(String seedRun, long alreadyThere, List<UUID> photos) {
            this.seedRun = seedRun;
            this.alreadyThere = alreadyThere;
            this.photos = photos;
        }

        /** The photos this run stored, in the order its models draw them. */
        List<UUID> photos() {
            return photos;
        }

        void add(List<GeneratedModel> batch, GeneratedModels.Loaded loaded) {
            written += loaded.written().size();
            skipped += loaded.alreadyThere();
            published += loaded.published().size();
            Set<UUID> fresh = new HashSet<>(loaded.written());
            for (GeneratedModel model : batch) {
                if (fresh.contains(model.model().id())) {
                    updates += model.model().updates().size();
                    if (model.recognitionSteps() != null) {
                        recognitionsStored.merge(model.recognitionSteps().level(), 1L, Long::sum);
                    }
                }
                recognitions.merge(model.recognition(), 1L, Long::sum);
                if (model.replicates() != null) {
                    replicating++;
                }
            }
        }

        /** Each phase returns when it ended, which is when the next one starts. */
        long generating(long since) {
            long now = System.nanoTime();
            generatingNanos += now - since;
            return now;
        }

        long storing(long since) {
            long now = System.nanoTime();
            storingNanos += now - since;
            return now;
        }

        void waitingForIndex(long since) {
            waitingNanos += System.nanoTime() - since;
        }

        String progress(long done, long wanted, long startedNanos) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double rate = written / Math.max(seconds, 1e-3);
            long etaSeconds = rate > 0 ? (long) ((wanted - done) / rate) : -1;
            return String.format(
                    "Seed %s: %d/%d models, %.0f models/s, ETA %s (%s)",
                    seedRun, done, wanted, rate, Duration.ofSeconds(Math.max(etaSeconds, 0)), phases());
        }

        /** Where the loading thread's time went: what to make faster next. */
        private String phases() {
            return String.format(
                    "generating %.0f s, storing %.0f s, waiting for the index %.0f s",
                    generatingNanos / 1e9, storingNanos / 1e9, waitingNanos / 1e9);
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
                    "Seed %s done in %s (%.0f models/s; %s): %d model(s) written (%d published and indexed) with %d progress"
                            + " update(s), by %d new unit(s), %d naming a model they replicate, recognitions by highest"
                            + " level %s taken through the recognition workflow; %d already there before this run, %d"
                            + " found written again and skipped. Recognitions drawn %s; those not stored are of models"
                            + " the workflow cannot register in 2026 (a draft, a continuing model with no registration"
                            + " of 2025, no photo or update to show) or too late in the year for every step.",
                    seedRun,
                    took,
                    written / Math.max(took.toNanos() / 1e9, 1e-3),
                    phases(),
                    written,
                    published,
                    updates,
                    units,
                    replicating,
                    recognitionsStored,
                    alreadyThere,
                    skipped,
                    recognitions);
        }
    }
}
