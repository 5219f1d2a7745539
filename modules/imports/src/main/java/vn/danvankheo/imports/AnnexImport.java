package vn.danvankheo.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.NewModelCheck;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.coordinates.CoordinateReader;

/**
 * Bulk registration from annex 01: a dry run that reports every row's problems, and a commit that runs the same
 * dry run again on the same file and mapping and registers all rows as drafts in one transaction, or none.
 */
@Service
public class AnnexImport implements DisposableBean {

    private static final int QUEUED_TASKS = 100;

    private final WritePolicy policy;
    private final ModelCatalog catalog;
    private final ModelWrites writes;
    private final NewModelCheck modelCheck;
    private final AdminUnits units;
    private final LocalityResolver localities;
    private final CoordinateReader coordinates = new CoordinateReader();
    private final ImportsProperties properties;
    private final Scheduler scheduler;

    AnnexImport(
            WritePolicy policy,
            ModelCatalog catalog,
            ModelWrites writes,
            NewModelCheck modelCheck,
            AdminUnits units,
            LocalityResolver localities,
            ImportsProperties properties) {
        this.policy = policy;
        this.catalog = catalog;
        this.writes = writes;
        this.modelCheck = modelCheck;
        this.units = units;
        this.localities = localities;
        this.properties = properties;
        this.scheduler = Schedulers.newBoundedElastic(properties.threads(), QUEUED_TASKS, "imports");
    }

    /** The largest file read, in bytes; uploads are cut off there before any parsing. */
    public long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    public Mono<ImportReport> dryRun(Account account, ImportFile file, Map<String, String> mapping) {
        return Mono.fromCallable(() -> review(account, file, mapping).report()).subscribeOn(scheduler);
    }

    /** @throws ImportRejectedException (in the Mono) when the dry run has errors; nothing is stored then */
    public Mono<ImportResult> commit(Account account, ImportFile file, Map<String, String> mapping) {
        return Mono.fromCallable(() -> {
                    AnnexReview.Outcome outcome = review(account, file, mapping);
                    if (!outcome.report().committable()) {
                        throw new ImportRejectedException(outcome.report());
                    }
                    return new Checked(outcome, drafts(outcome.models(), account.unitId()));
                })
                .subscribeOn(scheduler)
                .flatMap(
                        checked -> writes.registerAll(account, checked.drafts()).map(checked::result));
    }

    /** A file that passed its dry run, with the drafts to register in the order of its rows. */
    private record Checked(AnnexReview.Outcome outcome, List<NewModel> drafts) {

        ImportResult result(List<ModelView> stored) {
            List<ImportedModel> rows = outcome.models();
            return new ImportResult(
                    stored.size(),
                    IntStream.range(0, stored.size())
                            .mapToObj(i -> registered(rows.get(i), stored.get(i)))
                            .toList(),
                    outcome.report());
        }
    }

    private AnnexReview.Outcome review(Account account, ImportFile file, Map<String, String> mapping) {
        if (file.content().length > maxFileBytes()) {
            throw SheetLimits.tooLarge(maxFileBytes());
        }
        return new AnnexReview(
                        account, policy, catalog, modelCheck, units, localities, coordinates, properties.maxRows())
                .review(file, mapping);
    }

    /** The catalog gives each its address when it registers it, numbered after models met before. */
    private static List<NewModel> drafts(List<ImportedModel> rows, UUID registeringUnit) {
        return rows.stream().map(row -> row.toNewModel(null, registeringUnit)).toList();
    }

    private static ImportResult.Registered registered(ImportedModel row, ModelView model) {
        return new ImportResult.Registered(
                row.row(),
                model.id(),
                model.slug(),
                model.profile().name(),
                model.state().status(),
                model.state().version());
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
