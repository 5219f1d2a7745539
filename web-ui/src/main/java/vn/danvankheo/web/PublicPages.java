package vn.danvankheo.web;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.ContactRequest;
import vn.danvankheo.catalog.PressContactRequests;
import vn.danvankheo.catalog.PublishedModels;

/** One page per published model at a stable address. */
@Controller
class PublicPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PublishedModels models;

    private final SiteProperties site;

    private final PressContactRequests pressContacts;

    PublicPages(PublishedModels models, SiteProperties site, PressContactRequests pressContacts) {
        this.models = models;
        this.site = site;
        this.pressContacts = pressContacts;
    }

    /** A signed-in journalist also sees where their press contact request stands, and the contact once granted. */
    @GetMapping("/mo-hinh/{slug}")
    Mono<String> model(
            @PathVariable String slug,
            @AuthenticationPrincipal AccountPrincipal signedIn,
            Model page,
            ServerWebExchange exchange) {
        return models.bySlug(slug)
                .flatMap(model -> Mono.zip(
                                models.timeline(model.id()),
                                models.lineage(model.id()),
                                pressRequest(signedIn, model.id()))
                        .map(parts -> {
                            var timeline = parts.getT1();
                            var uri = exchange.getRequest().getURI();
                            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
                            page.addAttribute("model", model);
                            page.addAttribute("timeline", timeline);
                            page.addAttribute("lineage", parts.getT2());
                            page.addAttribute("pressRequest", parts.getT3().orElse(null));
                            page.addAttribute("zone", VIETNAM);
                            page.addAttribute("origin", origin);
                            page.addAttribute("pageUrl", origin + "/mo-hinh/" + model.slug());
                            page.addAttribute("tileUrl", site.tileUrl());
                            page.addAttribute("tileAttribution", site.tileAttribution());
                            return "model";
                        }))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    page.addAttribute("slug", slug);
                    return "model-not-found";
                }));
    }

    private Mono<Optional<ContactRequest>> pressRequest(AccountPrincipal signedIn, UUID modelId) {
        if (signedIn == null) {
            return Mono.just(Optional.empty());
        }
        return pressContacts
                .latest(signedIn.account(), modelId)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }
}
