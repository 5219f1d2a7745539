package vn.danvankheo.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** Reads for reactive callers: the blocking JPA work runs on the catalog's own bounded scheduler. */
@Service
public class PublishedModels {

    private final ModelCatalog catalog;
    private final Lineages lineages;
    private final Families families;
    private final ProgressUpdates updates;
    private final Scheduler jdbcScheduler;

    PublishedModels(
            ModelCatalog catalog,
            Lineages lineages,
            Families families,
            ProgressUpdates updates,
            CatalogJdbcScheduler jdbcScheduler) {
        this.catalog = catalog;
        this.lineages = lineages;
        this.families = families;
        this.updates = updates;
        this.jdbcScheduler = jdbcScheduler.scheduler();
    }

    public Mono<ModelView> bySlug(String slug) {
        return Mono.fromCallable(() -> catalog.findPublishedBySlug(slug))
                .subscribeOn(jdbcScheduler)
                .flatMap(Mono::justOrEmpty);
    }

    /** Where a published model came from and where it was replicated. */
    public Mono<Lineage> lineage(UUID modelId) {
        return Mono.fromCallable(() -> lineages.of(modelId)).subscribeOn(jdbcScheduler);
    }

    /**
     * How the published model with this slug spread across generations, from the original it descends from; empty when
     * no published model has the slug.
     */
    public Mono<Family> family(String slug) {
        return Mono.fromCallable(() -> families.of(slug))
                .subscribeOn(jdbcScheduler)
                .flatMap(Mono::justOrEmpty);
    }

    /** @param page 0-based, of {@code size} addresses each */
    public Mono<List<PublishedAddress>> addresses(int page, int size) {
        return Mono.fromCallable(() -> catalog.publishedAddresses(page, size)).subscribeOn(jdbcScheduler);
    }

    public Mono<Long> count() {
        return Mono.fromCallable(catalog::publishedCount).subscribeOn(jdbcScheduler);
    }

    /** Whether a photo or video may be shown to anyone, as {@link ModelCatalog#isPublicMedia} decides. */
    public Mono<Boolean> isPublicMedia(UUID mediaId) {
        return Mono.fromCallable(() -> catalog.isPublicMedia(mediaId)).subscribeOn(jdbcScheduler);
    }

    /** The approved progress updates of a published model, newest first. */
    public Mono<List<ProgressUpdate>> timeline(UUID modelId) {
        return Mono.fromCallable(() -> updates.publishedTimeline(modelId)).subscribeOn(jdbcScheduler);
    }
}
