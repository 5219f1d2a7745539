package vn.danvankheo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.InvalidModelFilterException;
import vn.danvankheo.search.InvalidSearchRequestException;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;
import vn.danvankheo.search.SearchResults;
import vn.danvankheo.search.SearchUnavailableException;

/**
 * The journalists' results page: server-rendered, so every search has an address that can be shared and followed,
 * with the same parameters as /api/search/models.
 */
@Controller
class SearchPages {

    static final String SEARCH_PAGE = "/tim-kiem";

    private final ModelSearch search;

    SearchPages(ModelSearch search) {
        this.search = search;
    }

    @GetMapping(SEARCH_PAGE)
    Mono<String> results(Model page, ServerWebExchange exchange) {
        var parameters = exchange.getRequest().getQueryParams();
        String q = parameters.getFirst("q");
        String sort = parameters.getFirst("sort");
        page.addAttribute("q", q == null ? "" : q);
        page.addAttribute("sort", sort == null ? "relevance" : sort);
        MultiValueMap<String, String> here = parameters;
        return Mono.fromCallable(() -> SearchParameters.read(parameters))
                .flatMap(search::search)
                .map(results -> {
                    page.addAttribute("results", results);
                    page.addAttribute("facets", facetLinks(results, here));
                    page.addAttribute("takeAway", takeAway(here));
                    if (results.next() != null) {
                        page.addAttribute("nextUrl", with(here, Map.of("after", results.next())));
                    }
                    return "search";
                })
                .onErrorResume(IllegalArgumentException.class, e -> {
                    // The search's and the filter's own refusals; anything else is ours and stays a server error.
                    if (!(e instanceof InvalidSearchRequestException || e instanceof InvalidModelFilterException)) {
                        return Mono.error(e);
                    }
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    page.addAttribute("problem", e.getMessage());
                    return Mono.just("search");
                })
                .onErrorResume(SearchUnavailableException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                    page.addAttribute("problem", e.getMessage());
                    return Mono.just("search");
                });
    }

    /** Each facet value as a link to the same search narrowed by it, from its first page. */
    private static Map<String, List<FacetLink>> facetLinks(SearchResults results, MultiValueMap<String, String> here) {
        Map<String, List<FacetLink>> links = new LinkedHashMap<>();
        results.facets()
                .forEach((facet, counts) -> links.put(
                        facet,
                        counts.stream()
                                .map(count -> new FacetLink(
                                        count.label(),
                                        count.count(),
                                        with(
                                                here,
                                                facet.equals("yearStarted")
                                                        ? Map.of(
                                                                "startedFrom",
                                                                count.value(),
                                                                "startedTo",
                                                                count.value())
                                                        : Map.of(facet, count.value()))))
                                .toList()));
        return links;
    }

    /**
     * The exports and the Atom feed of exactly this search (every match, so without the page's cursor), under the
     * names the journalist sees.
     */
    private static Map<String, String> takeAway(MultiValueMap<String, String> here) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Bảng tính Excel (XLSX)", elsewhere("/api/search/models.xlsx", here));
        links.put("CSV", elsewhere("/api/search/models.csv", here));
        links.put("GeoJSON (bản đồ)", elsewhere("/api/search/models.geojson", here));
        links.put("Theo dõi (Atom)", elsewhere(SEARCH_PAGE + "/feed.atom", here));
        return links;
    }

    private static String elsewhere(String path, MultiValueMap<String, String> here) {
        return UriComponentsBuilder.fromPath(path)
                .queryParams(here)
                .replaceQueryParam("after")
                .replaceQueryParam("size")
                .encode()
                .build()
                .toUriString();
    }

    /** The page's address with some parameters replaced; built from the decoded parameters, encoded once. */
    private static String with(MultiValueMap<String, String> here, Map<String, String> replaced) {
        var link = UriComponentsBuilder.fromPath(SEARCH_PAGE).queryParams(here).replaceQueryParam("after");
        replaced.forEach((name, value) -> link.replaceQueryParam(name, value));
        return link.encode().build().toUriString();
    }

    record FacetLink(String label, long count, String url) {}
}
