package vn.danvankheo.catalog;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** Reads for reactive callers: the blocking JPA work runs on the catalog's own bounded scheduler. */
@Service
public class PublishedModels {

    private final ModelCatalog catalog;
    private final Scheduler jdbcScheduler;

    PublishedModels(ModelCatalog catalog, CatalogJdbcScheduler jdbcScheduler) {
        this.catalog = catalog;
        this.jdbcScheduler = jdbcScheduler.scheduler();
    }

    public Mono<ModelView> bySlug(String slug) {
        return Mono.fromCallable(() -> catalog.findPublishedBySlug(slug))
                .subscribeOn(jdbcScheduler)
                .flatMap(Mono::justOrEmpty);
    }
}
