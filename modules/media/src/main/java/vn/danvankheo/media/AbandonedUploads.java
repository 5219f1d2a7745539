package vn.danvankheo.media;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvankheo.jobs.OneInstanceAtATime;
import vn.danvankheo.media.uploads.OversizedUploads;

/**
 * Storage keeps the parts of an upload nobody finishes for ever, and bills for them: uploads left unfinished for
 * {@code dvk.uploads.abandon-after} are aborted and their parts deleted, so nothing is orphaned; uploads holding parts
 * larger than declared are refused at once.
 */
@Component
class AbandonedUploads {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

    private final UploadSessions sessions;
    private final OversizedUploads oversizedUploads;
    private final UploadProperties properties;
    private final OneInstanceAtATime oneInstance;
    private final Clock clock;

    AbandonedUploads(
            UploadSessions sessions,
            OversizedUploads oversizedUploads,
            UploadProperties properties,
            OneInstanceAtATime oneInstance,
            ObjectProvider<Clock> clock) {
        this.sessions = sessions;
        this.oversizedUploads = oversizedUploads;
        this.properties = properties;
        this.oneInstance = oneInstance;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Several instances would abort the same uploads at once; one sweeps while the others skip the turn. */
    @Scheduled(fixedDelayString = "${dvk.uploads.cleanup-interval:PT5M}", initialDelayString = "PT1M")
    void sweep() {
        oneInstance.run("media.abandoned-uploads", this::sweepNow);
    }

    private void sweepNow() {
        try {
            int aborted = sessions.abortAbandoned(clock.instant().minus(properties.abandonAfter()));
            if (aborted > 0) {
                log.info("Aborted {} abandoned uploads and deleted their parts", aborted);
            }
            int oversized = oversizedUploads.abortOversized();
            if (oversized > 0) {
                log.warn("Refused {} uploads holding parts larger than declared, and deleted their parts", oversized);
            }
        } catch (StorageUnavailableException e) {
            // The next sweep tries again; abandoned parts wait a few more minutes.
            log.warn("Could not sweep abandoned uploads: storage unavailable", e);
        }
    }
}
