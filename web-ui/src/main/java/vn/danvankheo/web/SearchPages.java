package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.InvalidSearchRequestException;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;
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
    Mono<String> results(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) String km,
            @RequestParam(required = false) String within,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("q", q == null ? "" : q);
        page.addAttribute("sort", sort == null ? "relevance" : sort);
        return Mono.fromCallable(
                        () -> SearchParameters.read(q, sort, after, size, updatedSince, bbox, near, km, within))
                .flatMap(search::search)
                .map(results -> {
                    page.addAttribute("results", results);
                    if (results.next() != null) {
                        page.addAttribute(
                                "nextUrl",
                                UriComponentsBuilder.fromUri(
                                                exchange.getRequest().getURI())
                                        .replaceQueryParam("after", results.next())
                                        .build(false)
                                        .toUriString());
                    }
                    return "search";
                })
                .onErrorResume(InvalidSearchRequestException.class, e -> {
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
}
