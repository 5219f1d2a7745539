package vn.danvankheo.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Family;
import vn.danvankheo.catalog.PublishedModels;

/**
 * How a model spread across communes and provinces, year by year: a table by year that reads without scripts and is
 * the alternative to the map drawn over it. Only a model with a family has this page; the model page links to it from
 * its lineage section.
 */
@Controller
class ReplicationMapPage {

    static final String PAGE = "/mo-hinh/{slug}/nhan-rong";

    private final PublishedModels models;
    private final SiteProperties site;

    ReplicationMapPage(PublishedModels models, SiteProperties site) {
        this.models = models;
        this.site = site;
    }

    @GetMapping(PAGE)
    Mono<String> spread(@PathVariable String slug, Model page, ServerWebExchange exchange) {
        return models.family(slug)
                .filter(Family::hasSpread)
                .map(family -> {
                    page.addAttribute("family", family);
                    page.addAttribute(
                            "model",
                            family.members().stream()
                                    .filter(member -> member.slug().equals(slug))
                                    .findFirst()
                                    .orElseThrow());
                    page.addAttribute("root", family.root());
                    List<Family.YearStep> years = family.years();
                    page.addAttribute("years", years);
                    page.addAttribute("last", years.get(years.size() - 1));
                    page.addAttribute("maxModels", Family.MAX_MODELS);
                    page.addAttribute("maxGenerations", Family.MAX_GENERATIONS);
                    page.addAttribute("tileUrl", site.tileUrl());
                    page.addAttribute("tileAttribution", site.tileAttribution());
                    return "replication-map";
                })
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    page.addAttribute("slug", slug);
                    return "model-not-found";
                }));
    }
}
