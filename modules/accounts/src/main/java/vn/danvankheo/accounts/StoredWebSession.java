package vn.danvankheo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * A session as one request sees it: read from the shared store when the request came in, written back at its end if it
 * was started. Not shared between requests, so plain fields do.
 */
final class StoredWebSession implements WebSession {

    private final SharedWebSessions store;
    private final Clock clock;
    private final Map<String, Object> attributes;
    private final Instant creationTime;
    private final boolean stored;
    private volatile String id;
    private volatile String replacedId;
    private volatile Instant lastAccessTime;
    private volatile Duration maxIdleTime;
    private volatile boolean started;

    StoredWebSession(
            SharedWebSessions store,
            Clock clock,
            String id,
            Map<String, Object> attributes,
            Instant creationTime,
            Instant lastAccessTime,
            Duration maxIdleTime,
            boolean stored) {
        this.store = store;
        this.clock = clock;
        this.id = id;
        this.attributes = new ConcurrentHashMap<>(attributes);
        this.creationTime = creationTime;
        this.lastAccessTime = lastAccessTime;
        this.maxIdleTime = maxIdleTime;
        this.stored = stored;
        this.started = stored;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isStarted() {
        return started || !attributes.isEmpty();
    }

    /** Signing in gets a new id, so an id someone planted before cannot ride on the signed-in session. */
    @Override
    public Mono<Void> changeSessionId() {
        return Mono.fromRunnable(() -> {
            if (replacedId == null) {
                replacedId = id;
            }
            id = SharedWebSessions.newId();
        });
    }

    @Override
    public Mono<Void> invalidate() {
        attributes.clear();
        started = false;
        String old = replacedId;
        return store.removeSession(id).then(old == null ? Mono.empty() : store.removeSession(old));
    }

    @Override
    public Mono<Void> save() {
        if (!isStarted()) {
            return Mono.empty();
        }
        return store.save(this);
    }

    @Override
    public boolean isExpired() {
        return !maxIdleTime.isNegative() && clock.instant().isAfter(lastAccessTime.plus(maxIdleTime));
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public Instant getLastAccessTime() {
        return lastAccessTime;
    }

    void accessedAt(Instant when) {
        lastAccessTime = when;
    }

    @Override
    public void setMaxIdleTime(Duration maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    @Override
    public Duration getMaxIdleTime() {
        return maxIdleTime;
    }

    /** Whether the row was in the store when the request began: such a row that is gone now was ended meanwhile. */
    boolean stored() {
        return stored;
    }

    String replacedId() {
        return replacedId;
    }
}
