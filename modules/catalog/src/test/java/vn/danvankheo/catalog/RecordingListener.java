package vn.danvankheo.catalog;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stands in for a capability that listens to the catalog, and can be told to fail like one whose service is down. */
@Component
class RecordingListener {

    final AtomicBoolean failing = new AtomicBoolean();
    final List<UUID> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ModelChanged event) {
        if (failing.get()) {
            throw new IllegalStateException("listener down");
        }
        received.add(event.modelId());
    }
}
