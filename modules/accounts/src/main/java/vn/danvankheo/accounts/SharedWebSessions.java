package vn.danvankheo.accounts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Sign-in sessions in PostgreSQL, which every instance shares (ADR 17): Spring Session has no reactive JDBC store,
 * and a Redis would add a service to run. Attributes are Java-serialised, as Spring Session JDBC stores them; each row
 * names its account, so ending an account's sessions is one statement. Runs on the accounts' bounded scheduler.
 */
@Component
public class SharedWebSessions implements WebSessionStore {

    private static final Logger log = LoggerFactory.getLogger(SharedWebSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Scheduler scheduler;
    private final Duration maxIdle;
    private final Clock clock;

    SharedWebSessions(
            JdbcClient jdbc, AccountsScheduler scheduler, AccountsProperties properties, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.scheduler = scheduler.scheduler();
        this.maxIdle = properties.sessionTimeout();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Mono<WebSession> createWebSession() {
        Instant now = clock.instant();
        return Mono.just(new StoredWebSession(this, clock, newId(), Map.of(), now, now, maxIdle, false));
    }

    /**
     * The session as stored, accessed now: the request that asks for it is the access, so the idle time counts from
     * here and the expiry written back when the response commits moves with it, as {@link WebSessionStore} asks.
     */
    @Override
    public Mono<WebSession> retrieveSession(String id) {
        return Mono.fromCallable(() -> {
                    Instant now = clock.instant();
                    return jdbc.sql("""
                                    SELECT * FROM accounts.web_session WHERE id = :id AND expires_at > :now
                                    """)
                            .param("id", id)
                            .param("now", Timestamp.from(now))
                            .query((rs, n) -> new StoredWebSession(
                                    this,
                                    clock,
                                    rs.getString("id"),
                                    attributes(rs.getBytes("attributes")),
                                    rs.getTimestamp("created_at").toInstant(),
                                    now,
                                    Duration.ofSeconds(rs.getInt("max_idle_seconds")),
                                    true))
                            .optional();
                })
                .subscribeOn(scheduler)
                .flatMap(Mono::justOrEmpty);
    }

    @Override
    public Mono<Void> removeSession(String id) {
        return Mono.fromRunnable(() -> jdbc.sql("DELETE FROM accounts.web_session WHERE id = :id")
                        .param("id", id)
                        .update())
                .subscribeOn(scheduler)
                .then();
    }

    @Override
    public Mono<WebSession> updateLastAccessTime(WebSession session) {
        if (session instanceof StoredWebSession stored) {
            stored.accessedAt(clock.instant());
        }
        return Mono.just(session);
    }

    /**
     * Writes the session back. A session that was stored when the request began but is gone now was ended meanwhile
     * (its account disabled or changed): it stays ended rather than coming back with the old rights.
     */
    Mono<Void> save(StoredWebSession session) {
        return Mono.fromRunnable(() -> {
                    byte[] attributes = serialised(session.getAttributes());
                    Instant expires = session.getLastAccessTime().plus(session.getMaxIdleTime());
                    String previous = session.replacedId() != null ? session.replacedId() : session.getId();
                    if (session.stored()) {
                        int updated = jdbc.sql("""
                                        UPDATE accounts.web_session
                                        SET id = :id, account_id = :account, last_accessed_at = :accessed,
                                            max_idle_seconds = :idle, expires_at = :expires, attributes = :attributes
                                        WHERE id = :previous
                                        """)
                                .param("id", session.getId())
                                .param("account", accountOf(session))
                                .param("accessed", Timestamp.from(session.getLastAccessTime()))
                                .param("idle", (int) session.getMaxIdleTime().toSeconds())
                                .param("expires", Timestamp.from(expires))
                                .param("attributes", attributes)
                                .param("previous", previous)
                                .update();
                        if (updated == 0) {
                            log.debug("Session ended while a request used it; not stored again");
                        }
                        return;
                    }
                    jdbc.sql("""
                                    INSERT INTO accounts.web_session (id, account_id, created_at, last_accessed_at,
                                        max_idle_seconds, expires_at, attributes)
                                    VALUES (:id, :account, :created, :accessed, :idle, :expires, :attributes)
                                    ON CONFLICT (id) DO UPDATE SET account_id = EXCLUDED.account_id,
                                        last_accessed_at = EXCLUDED.last_accessed_at, expires_at = EXCLUDED.expires_at,
                                        attributes = EXCLUDED.attributes
                                    """)
                            .param("id", session.getId())
                            .param("account", accountOf(session))
                            .param("created", Timestamp.from(session.getCreationTime()))
                            .param("accessed", Timestamp.from(session.getLastAccessTime()))
                            .param("idle", (int) session.getMaxIdleTime().toSeconds())
                            .param("expires", Timestamp.from(expires))
                            .param("attributes", attributes)
                            .update();
                })
                .subscribeOn(scheduler)
                .then();
    }

    /** Signs the account out everywhere: on every instance, at its next request. Blocking. */
    public int endSessionsOf(UUID accountId) {
        return jdbc.sql("DELETE FROM accounts.web_session WHERE account_id = :account")
                .param("account", accountId)
                .update();
    }

    /** Expired rows are never read; deleting them keeps the table small. Every instance may run it: it is idempotent. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM accounts.web_session WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static UUID accountOf(WebSession session) {
        Object context = session.getAttributes()
                .get(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
        if (context instanceof SecurityContext security
                && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            return principal.account().id();
        }
        return null;
    }

    private static byte[] serialised(Map<String, Object> attributes) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(attributes));
        } catch (IOException e) {
            throw new IllegalStateException("A session attribute cannot be stored: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A row that no longer reads (a class changed between versions) is an empty session: the person signs in again. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(byte[] stored) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.info("A stored session could not be read and starts empty: {}", e.toString());
            return Map.of();
        }
    }
}
