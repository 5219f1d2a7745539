package vn.danvankheo.media;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/** Scans the shared jobs too: the upload sweep runs under their lock. */
@SpringBootApplication(scanBasePackages = {"vn.danvankheo.media", "vn.danvankheo.jobs"})
public class MediaTestApplication {

    /** Ids a test withholds; the media library alone knows nothing of publication, so everything else is public. */
    static final Set<UUID> WITHHELD = ConcurrentHashMap.newKeySet();

    @Bean
    MediaVisibility publishedUnlessWithheld() {
        return (mediaId, viewer) -> Mono.just(
                WITHHELD.contains(mediaId) ? MediaVisibility.Audience.NO_ONE : MediaVisibility.Audience.EVERYONE);
    }
}
