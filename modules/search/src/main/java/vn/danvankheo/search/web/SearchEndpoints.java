package vn.danvankheo.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
    Mono<SearchResults> models(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String near,
            @RequestParam(required = false) String km,
            @RequestParam(required = false) String within) {
        return Mono.fromCallable(
                        () -> SearchParameters.read(q, sort, after, size, updatedSince, bbox, near, km, within))
                .flatMap(search::search);
    }
}
