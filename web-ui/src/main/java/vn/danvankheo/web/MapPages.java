package vn.danvankheo.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.places.InvalidPlaceRequestException;
import vn.danvankheo.places.PlacesScheduler;
import vn.danvankheo.search.InvalidModelFilterException;
import vn.danvankheo.search.ModelFilter;
import vn.danvankheo.search.ModelList;

/**
 * The map with its list. The page is whole without scripts: the filter is a form, and the list of the asked view is
 * rendered here with links to further pages; the script then draws the map and keeps map, list and address in step.
 */
@Controller
class MapPages {

    static final String MAP = "/ban-do";

    /** The map alone, for other sites to frame: the only page that may be framed. */
    static final String EMBED = "/nhung";

    /** The parameters of the page's address beside the filter: the view, the order, the page, the chosen model. */
    private static final Set<String> VIEW_PARAMETERS =
            Set.of("bbox", "zoom", "sort", "page", "model", LanguageChoice.COOKIE);

    private final ModelList list;
    private final AdminUnits units;
    private final SiteProperties site;
    private final PlacesScheduler scheduler;
    private volatile List<AdminUnit> provinces;

    MapPages(ModelList list, AdminUnits units, SiteProperties site, PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.list = list;
        this.units = units;
        this.site = site;
    }

    @GetMapping(MAP)
    Mono<String> map(@RequestParam MultiValueMap<String, String> parameters, Model page, ServerWebExchange exchange) {
        page.addAttribute("tileUrl", site.tileUrl());
        page.addAttribute("tileAttribution", site.tileAttribution());
        page.addAttribute("fields", Field.values());
        return provinces().flatMap(all -> {
            page.addAttribute("provinces", all);
            ModelFilter filter;
            BoundingBox box;
            ModelList.Order order;
            int pageNumber;
            try {
                filter = ModelFilter.from(parameters, VIEW_PARAMETERS);
                String bbox = parameters.getFirst("bbox");
                box = bbox == null || bbox.isBlank() ? BoundingBox.world() : BoundingBox.parse(bbox);
                order = ModelList.Order.parse(parameters.getFirst("sort"));
                pageNumber = ModelList.page(parameters.getFirst("page"));
            } catch (InvalidModelFilterException | InvalidPlaceRequestException e) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                page.addAttribute("error", e.getMessage());
                page.addAttribute("filter", ModelFilter.ANY);
                page.addAttribute("state", Map.of());
                page.addAttribute("sort", ModelList.Order.NEWEST.parameter());
                return Mono.just("map");
            }
            Map<String, String> state = new java.util.LinkedHashMap<>(filter.toParameters());
            for (String name : List.of("bbox", "zoom", "model")) {
                String value = parameters.getFirst(name);
                if (value != null && !value.isBlank()) {
                    state.put(name, value);
                }
            }
            state.put("sort", order.parameter());
            page.addAttribute("filter", filter);
            page.addAttribute("state", state);
            page.addAttribute("sort", order.parameter());
            return Mono.zip(list.page(box, filter, order, pageNumber), chosenCommune(filter))
                    .map(found -> {
                        var models = found.getT1();
                        found.getT2().ifPresent(commune -> {
                            page.addAttribute("commune", commune);
                            Map<String, String> without = new java.util.LinkedHashMap<>(state);
                            without.remove("commune");
                            page.addAttribute("clearCommune", link(without, null));
                        });
                        page.addAttribute("models", models);
                        page.addAttribute("inView", models.total());
                        if (models.page() > 1) {
                            page.addAttribute("previousPage", link(state, models.page() - 1));
                        }
                        if (models.page() < models.pages()) {
                            page.addAttribute("nextPage", link(state, models.page() + 1));
                        }
                        return "map";
                    });
        });
    }

    /** @param pageNumber null for the first page */
    private static String link(Map<String, String> state, Integer pageNumber) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(MAP);
        state.forEach(uri::queryParam);
        if (pageNumber != null) {
            uri.queryParam("page", pageNumber);
        }
        return uri.encode().build().toUriString();
    }

    /** The commune the map is filtered to, named beside the picker so that a reader sees what the map shows. */
    private Mono<java.util.Optional<AdminUnit>> chosenCommune(ModelFilter filter) {
        if (filter.communeCodes().size() != 1) {
            return Mono.just(java.util.Optional.empty());
        }
        String code = filter.communeCodes().iterator().next();
        return scheduler.run(() -> units.current(code));
    }

    /**
     * The map preset to the view and filter of its address; a filter it cannot read is said, not ignored. The count
     * of the asked view is written here, so the page's largest text is there at the first paint, not after the
     * map's scripts and data.
     */
    @GetMapping(EMBED)
    Mono<String> embed(@RequestParam MultiValueMap<String, String> parameters, Model page, ServerWebExchange exchange) {
        page.addAttribute("tileUrl", site.tileUrl());
        page.addAttribute("tileAttribution", site.tileAttribution());
        Map<String, String> state = new java.util.LinkedHashMap<>();
        var uri = exchange.getRequest().getURI();
        ModelFilter filter;
        BoundingBox box = BoundingBox.world();
        try {
            filter = ModelFilter.from(parameters, Set.of("bbox", "zoom", LanguageChoice.COOKIE));
            state.putAll(filter.toParameters());
            String bbox = parameters.getFirst("bbox");
            if (bbox != null && !bbox.isBlank()) {
                box = BoundingBox.parse(bbox);
                state.put("bbox", bbox);
            }
            String zoom = parameters.getFirst("zoom");
            if (zoom != null && zoom.matches("\\d{1,2}")) {
                state.put("zoom", zoom);
            }
        } catch (InvalidModelFilterException | InvalidPlaceRequestException e) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            page.addAttribute("error", e.getMessage());
            page.addAttribute("state", state);
            page.addAttribute("canonicalUrl", uri.getScheme() + "://" + uri.getRawAuthority() + link(state, null));
            return Mono.just("embed");
        }
        page.addAttribute("state", state);
        page.addAttribute("canonicalUrl", uri.getScheme() + "://" + uri.getRawAuthority() + link(state, null));
        return list.page(box, filter, ModelList.Order.NEWEST, 1).map(found -> {
            page.addAttribute("inView", found.total());
            return "embed";
        });
    }

    /** Provinces change by decree, not by the day: read once. */
    private Mono<List<AdminUnit>> provinces() {
        List<AdminUnit> known = provinces;
        if (known != null) {
            return Mono.just(known);
        }
        return scheduler.run(units::provinces).doOnNext(read -> provinces = read);
    }
}
