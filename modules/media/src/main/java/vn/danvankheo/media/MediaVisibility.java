package vn.danvankheo.media;

import java.security.Principal;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Who may see a stored photo or video. The media library cannot know what is published, so the application decides;
 * the public media address serves nothing it has not been told may be served.
 */
public interface MediaVisibility {

    /** @param viewer the signed-in viewer, empty for the public */
    Mono<Audience> audience(UUID mediaId, Mono<Principal> viewer);

    enum Audience {
        /** Part of something published: anyone, and shared caches, may have it. */
        EVERYONE,
        /** Not published, but this viewer works on it (its uploader, a moderator): never cached by others. */
        THIS_VIEWER,
        /** Served to no one: the address answers as if nothing were stored there. */
        NO_ONE
    }
}
