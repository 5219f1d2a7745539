package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.PublishedModels;

/** One page per published model at a stable address. */
@Controller
class PublicPages {

    private final PublishedModels models;

    private final SiteProperties site;

    PublicPages(PublishedModels models, SiteProperties site) {
        this.models = models;
        this.site = site;
    }

    @GetMapping("/mo-hinh/{slug}")
    Mono<String> model(@PathVariable String slug, Model page, ServerWebExchange exchange) {
        return models.bySlug(slug)
                .flatMap(model -> Mono.zip(models.timeline(model.id()), models.lineage(model.id()))
                        .map(parts -> {
                            var timeline = parts.getT1();
                            var uri = exchange.getRequest().getURI();
                            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
                            page.addAttribute("model", model);
                            page.addAttribute("timeline", timeline);
                            page.addAttribute("lineage", parts.getT2());
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
}
