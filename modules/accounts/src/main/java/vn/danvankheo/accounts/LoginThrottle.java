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
import reactor.core.scheduler.Schedulers;

/**
 * Slows password guessing: after too many failures for one username, or from one address, within the window, logins
 * are refused until the oldest counted failure leaves it. Kept in the database so every instance sees the same count.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccountsProperties properties;
    private final Clock clock;

    LoginThrottle(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            AccountsProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Counts this attempt before its password is checked, unless the username or address is already locked: then
     * says how long until it may try again. The attempt stays counted as a failure unless {@link #forget} follows a
     * success. Checking and counting happen under one lock per username and address, so parallel guesses cannot all
     * pass the check before any is counted.
     */
    public Mono<Optional<Duration>> reserveAttempt(String username, String address) {
        String name = AccountDirectory.normalised(username);
        return Mono.fromCallable(() -> transactions.execute(status -> {
                    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('login-user:' || :name))")
                            .param("name", name)
                            .query()
                            .singleValue();
                    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('login-address:' || :address))")
                            .param("address", address)
                            .query()
                            .singleValue();
                    Instant now = clock.instant();
                    Instant since = now.minus(properties.window());
                    jdbc.sql("DELETE FROM accounts.login_failure WHERE failed_at < :before")
                            .param("before", Timestamp.from(since))
                            .update();
                    Optional<Duration> locked = wait(
                                    failures("username", name, since), properties.failuresPerAccount(), now)
                            .or(() -> wait(
                                    failures("remote_address", address, since), properties.failuresPerAddress(), now));
                    if (locked.isEmpty()) {
                        jdbc.sql("""
                                        INSERT INTO accounts.login_failure (username, remote_address, failed_at)
                                        VALUES (:username, :address, :now)
                                        """)
                                .param("username", name)
                                .param("address", address)
                                .param("now", Timestamp.from(now))
                                .update();
                    }
                    return locked;
                }))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** A successful login clears the username's count; the address's count stays, as guessing may go on. */
    public Mono<Void> forget(String username) {
        return Mono.fromRunnable(() -> jdbc.sql("DELETE FROM accounts.login_failure WHERE username = :username")
                        .param("username", AccountDirectory.normalised(username))
                        .update())
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    private List<Instant> failures(String column, String value, Instant since) {
        return jdbc.sql("SELECT failed_at FROM accounts.login_failure WHERE " + column
                        + " = :value AND failed_at >= :since ORDER BY failed_at DESC")
                .param("value", value)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Locked while the most recent {@code limit} failures all fall within the window. */
    private Optional<Duration> wait(List<Instant> newestFirst, int limit, Instant now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant unlocks = newestFirst.get(limit - 1).plus(properties.window());
        return unlocks.isAfter(now) ? Optional.of(Duration.between(now, unlocks)) : Optional.empty();
    }
}
