package vn.danvankheo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvankheo.jobs.OneInstanceAtATime;

/**
 * Looks for a lost index on its own, so the map does not stay empty until the next change to some model; while search
 * or the database is down it simply tries again next time. Every instance shares the index, so one looks while the
 * others skip the turn rather than rebuild the same index side by side.
 */
@Component
class IndexHeal {

    private static final Logger log = LoggerFactory.getLogger(IndexHeal.class);
    static final String JOB = "search.index-heal";

    private final ModelIndexer indexer;
    private final OneInstanceAtATime oneInstance;

    IndexHeal(ModelIndexer indexer, OneInstanceAtATime oneInstance) {
        this.indexer = indexer;
        this.oneInstance = oneInstance;
    }

    @Scheduled(
            fixedDelayString = "${dvk.search.heal-interval:30s}",
            initialDelayString = "${dvk.search.heal-interval:30s}")
    void heal() {
        try {
            oneInstance.run(JOB, this::ensureReady);
        } catch (RuntimeException e) {
            log.debug("Search index not checked: {}", e.toString());
        }
    }

    private void ensureReady() {
        try {
            indexer.ensureReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
