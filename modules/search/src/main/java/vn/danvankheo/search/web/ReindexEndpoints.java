package vn.danvankheo.search.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.danvankheo.search.ModelReindex;
import vn.danvankheo.search.ReindexProgress;

/** For administrators: rebuild the search index from PostGIS and watch it fill. */
@RestController
class ReindexEndpoints {

    static final String PATH = "/api/admin/search/reindex";

    private final ModelReindex reindex;

    ReindexEndpoints(ModelReindex reindex) {
        this.reindex = reindex;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<ReindexProgress> start() {
        return Mono.fromCallable(reindex::start).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(PATH)
    Mono<ReindexProgress> progress() {
        return Mono.fromSupplier(reindex::progress);
    }
}
