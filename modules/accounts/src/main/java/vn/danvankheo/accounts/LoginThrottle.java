package vn.danvankheo.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Slows password guessing without handing the guesser a way to lock the owner out. Failures count per username and
 * address (the guessing address is refused, others are not), per address (one address guessing many usernames), and
 * per username across addresses (many addresses guessing one username: then only addresses the account signed in
 * from recently may try). Kept in the database so every instance sees the same counts.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccountsProperties properties;
    private final Clock clock;
    private final Scheduler scheduler;

    LoginThrottle(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            AccountsProperties properties,
            ObjectProvider<Clock> clock,
            AccountsScheduler scheduler) {
        this.jdbc = jdbc;
        this.scheduler = scheduler.scheduler();
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Counts this attempt before its password is checked, unless it is refused: then says how long until this address
     * may try this username again. The attempt stays counted as a failure unless {@link #succeeded} follows. Checking
     * and counting happen under one lock per username and address, so parallel guesses cannot all pass the check
     * before any is counted.
     */
    public Mono<Optional<Duration>> reserveAttempt(String username, String address) {
        String name = key(username);
        return Mono.fromCallable(() -> transactions.execute(status -> {
                    lock("login-user:", name);
                    lock("login-address:", address);
                    Instant now = clock.instant();
                    Instant since = now.minus(properties.window());
                    jdbc.sql("DELETE FROM accounts.login_failure WHERE failed_at < :before")
                            .param("before", Timestamp.from(since))
                            .update();
                    Optional<Duration> refused = wait(
                                    failures("username = :name AND remote_address = :address", name, address, since),
                                    properties.failuresPerAccount(),
                                    now)
                            .or(() -> wait(
                                    failures("remote_address = :address", name, address, since),
                                    properties.failuresPerAddress(),
                                    now))
                            .or(() -> knownAddress(name, address, now)
                                    ? Optional.empty()
                                    : wait(
                                            failures("username = :name", name, address, since),
                                            properties.failuresPerUsername(),
                                            now));
                    if (refused.isEmpty()) {
                        jdbc.sql("""
                                        INSERT INTO accounts.login_failure (username, remote_address, failed_at)
                                        VALUES (:username, :address, :now)
                                        """)
                                .param("username", name)
                                .param("address", address)
                                .param("now", Timestamp.from(now))
                                .update();
                    }
                    return refused;
                }))
                .subscribeOn(scheduler);
    }

    /**
     * A successful login clears this address's failures for the username and remembers the address. Failures from
     * other addresses stay: someone else may still be guessing.
     */
    public Mono<Void> succeeded(String username, String address) {
        String name = key(username);
        return Mono.fromRunnable(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("DELETE FROM accounts.login_failure WHERE username = :name AND remote_address = :address")
                            .param("name", name)
                            .param("address", address)
                            .update();
                    jdbc.sql("""
                                    INSERT INTO accounts.sign_in_address (username, remote_address, last_success_at)
                                    VALUES (:name, :address, :now)
                                    ON CONFLICT (username, remote_address) DO UPDATE SET last_success_at = :now
                                    """)
                            .param("name", name)
                            .param("address", address)
                            .param("now", Timestamp.from(clock.instant()))
                            .update();
                }))
                .subscribeOn(scheduler)
                .then();
    }

    /** Names no account can have are all counted as one, so they fit the table and cost one row each. */
    private static String key(String username) {
        return AccountDirectory.possible(username) ? AccountDirectory.normalised(username) : "";
    }

    private void lock(String kind, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:kind || :key))")
                .param("kind", kind)
                .param("key", key)
                .query()
                .singleValue();
    }

    private boolean knownAddress(String name, String address, Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FROM accounts.sign_in_address
                        WHERE username = :name AND remote_address = :address AND last_success_at >= :since
                        """)
                        .param("name", name)
                        .param("address", address)
                        .param("since", Timestamp.from(now.minus(properties.knownAddressFor())))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<Instant> failures(String condition, String name, String address, Instant since) {
        return jdbc.sql("SELECT failed_at FROM accounts.login_failure WHERE " + condition
                        + " AND failed_at >= :since ORDER BY failed_at DESC")
                .param("name", name)
                .param("address", address)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Refused while the most recent {@code limit} failures all fall within the window. */
    private Optional<Duration> wait(List<Instant> newestFirst, int limit, Instant now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant unlocks = newestFirst.get(limit - 1).plus(properties.window());
        return unlocks.isAfter(now) ? Optional.of(Duration.between(now, unlocks)) : Optional.empty();
    }
}
