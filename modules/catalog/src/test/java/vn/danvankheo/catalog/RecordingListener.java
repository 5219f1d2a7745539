package vn.danvankheo.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stands in for a capability that listens to the catalog, and can be told to fail like one whose service is down. */
@Component
class RecordingListener {

    final AtomicBoolean failing = new AtomicBoolean();
    /** Models whose changes this listener can never take, like a record a listener chokes on. */
    final Set<UUID> refused = ConcurrentHashMap.newKeySet();
    /** Fails the way a real listener does when a catalog read inside it throws: within a transaction. */
    final AtomicBoolean failingInsideTransaction = new AtomicBoolean();

    private final ModelCatalog catalog;

    RecordingListener(@org.springframework.context.annotation.Lazy ModelCatalog catalog) {
        this.catalog = catalog;
    }

    final List<UUID> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ModelChanged event) {
        if (failing.get() || refused.contains(event.modelId())) {
            throw new IllegalStateException("listener down");
        }
        if (failingInsideTransaction.get()) {
            catalog.publish(UUID.randomUUID(), 0, Editor.PLATFORM);
        }
        received.add(event.modelId());
    }
}
