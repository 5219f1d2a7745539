package vn.danvankheo.web;

import java.security.Principal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.media.MediaVisibility;

/**
 * Media of a published model or of an approved update is everyone's. Anything else is shown only to the accounts
 * that work on models (contributors, moderators, committee members, administrators), who preview uploads and review
 * drafts; journalists and the public see what is published.
 */
@Component
class PublishedMediaVisibility implements MediaVisibility {

    private final ModelCatalog catalog;

    PublishedMediaVisibility(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Mono<Audience> audience(UUID mediaId, Mono<Principal> viewer) {
        return Mono.fromCallable(() -> catalog.isPublicMedia(mediaId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(published -> published
                        ? Mono.just(Audience.EVERYONE)
                        : viewer.map(PublishedMediaVisibility::forViewer).defaultIfEmpty(Audience.NO_ONE));
    }

    private static Audience forViewer(Principal viewer) {
        if (viewer instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            Account account = signedIn.account();
            return account.enabled() && account.role() != Role.JOURNALIST ? Audience.THIS_VIEWER : Audience.NO_ONE;
        }
        return Audience.NO_ONE;
    }
}
