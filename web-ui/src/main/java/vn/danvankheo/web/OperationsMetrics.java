package vn.danvankheo.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.OutboxBacklog;
import vn.danvankheo.media.UploadSessions;

/**
 * What an operator watches besides HTTP latency by route (Spring's http.server.requests, whose exception tag also
 * counts storage and search failures seen by users): how far the read side lags behind the catalog, changes it
 * failed to take (search down), and uploads in flight. Read at each scrape, which runs off the event loop.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final OutboxBacklog outbox;
    private final UploadSessions uploads;

    OperationsMetrics(OutboxBacklog outbox, UploadSessions uploads) {
        this.outbox = outbox;
        this.uploads = uploads;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        backlog(
                registry,
                "dvk.outbox.lag",
                "seconds",
                "Age of the oldest change not yet announced to the read side",
                outbox -> outbox.measure().lag().toMillis() / 1000.0);
        backlog(
                registry,
                "dvk.outbox.pending",
                null,
                "Changes not yet announced to the read side",
                outbox -> outbox.measure().pending());
        backlog(
                registry,
                "dvk.outbox.failing",
                null,
                "Changes whose last delivery failed (search index down)",
                outbox -> outbox.measure().failing());
        Gauge.builder("dvk.uploads.in.flight", uploads, UploadSessions::inFlight)
                .description("Uploads started and not yet completed or aborted")
                .register(registry);
    }

    private void backlog(
            MeterRegistry registry, String name, String unit, String description, ToDoubleFunction<OutboxBacklog> f) {
        Gauge.builder(name, outbox, f).baseUnit(unit).description(description).register(registry);
    }
}
