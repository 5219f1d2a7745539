package vn.danvankheo.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;
import vn.danvankheo.search.SearchResults;

/** The journalists' search as JSON: the same parameters as the results page at /tim-kiem. */
@RestController
class SearchEndpoints {

    private final ModelSearch search;

    SearchEndpoints(ModelSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search/models")
    Mono<SearchResults> models(ServerWebExchange exchange) {
        return Mono.fromCallable(
                        () -> SearchParameters.read(exchange.getRequest().getQueryParams()))
                .flatMap(search::search);
    }
}
