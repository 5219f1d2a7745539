package vn.danvankheo.accounts;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The accounts' own bounded threads for blocking JDBC: every request with a session reads and writes it, so these must
 * not queue behind other capabilities' work, nor run on the event loop. Pages that call the accounts' blocking API
 * (sign-in, passwords, administration, units) run those calls here.
 */
@Component
public class AccountsScheduler implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;

    private final Scheduler scheduler;

    AccountsScheduler(AccountsProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(properties.jdbcThreads(), QUEUED_TASKS, "accounts-jdbc");
    }

    Scheduler scheduler() {
        return scheduler;
    }

    public <T> Mono<T> run(Callable<T> blocking) {
        return Mono.fromCallable(blocking).subscribeOn(scheduler);
    }

    public Mono<Void> run(Runnable blocking) {
        return Mono.<Void>fromRunnable(blocking).subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
