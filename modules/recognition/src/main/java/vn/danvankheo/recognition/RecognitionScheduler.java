package vn.danvankheo.recognition;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** The workflow's blocking JDBC calls run here, bounded, never on the event loop. */
@Component
public class RecognitionScheduler implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;

    private final Scheduler scheduler;

    RecognitionScheduler(RecognitionProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(properties.jdbcThreads(), QUEUED_TASKS, "recognition-jdbc");
    }

    public <T> Mono<T> run(Callable<T> blocking) {
        return Mono.fromCallable(blocking).subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
