package vn.danvankheo.places;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Place lookups for reactive callers (pages, the places endpoints, search's reading of a query) run here, bounded by
 * {@code dvk.places.jdbc-threads}, never on the event loop. Lookups made inside another capability's blocking work
 * run on that capability's threads.
 */
@Component
public class PlacesScheduler implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;

    private final Scheduler scheduler;

    PlacesScheduler(PlacesProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(properties.jdbcThreads(), QUEUED_TASKS, "places-jdbc");
    }

    public <T> Mono<T> run(Callable<T> blocking) {
        return Mono.fromCallable(blocking).subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
