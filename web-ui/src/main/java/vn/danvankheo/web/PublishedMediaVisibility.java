package vn.danvankheo.web;

import java.security.Principal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.PublishedModels;
import vn.danvankheo.media.MediaVisibility;

/**
 * Media of a published model or of an approved update is everyone's. Anything else is shown only to the accounts
 * that work on models (contributors, moderators, committee members, administrators), who preview uploads and review
 * drafts; journalists and the public see what is published.
 */
@Component
class PublishedMediaVisibility implements MediaVisibility {

    private final PublishedModels catalog;
    private final WritePolicy policy;

    PublishedMediaVisibility(PublishedModels catalog, WritePolicy policy) {
        this.catalog = catalog;
        this.policy = policy;
    }

    @Override
    public Mono<Audience> audience(UUID mediaId, Mono<Principal> viewer) {
        return catalog.isPublicMedia(mediaId)
                .flatMap(published -> published
                        ? Mono.just(Audience.EVERYONE)
                        : viewer.map(this::forViewer).defaultIfEmpty(Audience.NO_ONE));
    }

    private Audience forViewer(Principal viewer) {
        if (viewer instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            return policy.seesUnpublishedMedia(signedIn.account()) ? Audience.THIS_VIEWER : Audience.NO_ONE;
        }
        return Audience.NO_ONE;
    }
}
