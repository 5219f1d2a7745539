package vn.danvankheo.media;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The media's bounded pool for blocking storage work on behalf of reactive callers (checking an upload, rendering a
 * photo, streaming stored bytes out), sized by {@code dvk.storage.threads}: a burst waits in its queue, never on the
 * event loop and never in a pool shared with other capabilities.
 */
@Component
public class MediaScheduler implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;

    private final Scheduler scheduler;

    MediaScheduler(StorageProperties properties) {
        this.scheduler = Schedulers.newBoundedElastic(properties.threads(), QUEUED_TASKS, "media-storage");
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
