package vn.danvankheo.catalog;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A bounded pool for blocking JPA calls made on behalf of reactive callers, sized like the connection pool so that
 * waiting happens in a queue here rather than on connections, and never on the event loop.
 */
@Component
class CatalogJdbcScheduler implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;

    private final Scheduler scheduler;

    CatalogJdbcScheduler(CatalogProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(properties.jdbcThreads(), QUEUED_TASKS, "catalog-jdbc");
    }

    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
