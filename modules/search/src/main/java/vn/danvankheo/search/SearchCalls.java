package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import reactor.core.publisher.Mono;

/** What every read from the index shares: a time limit, and the two ways it can fail. */
final class SearchCalls {

    private SearchCalls() {}

    /**
     * A missing index means nothing has been published since search was set up, so the answer is {@code empty};
     * any other failure, including the time limit, means search is unavailable.
     */
    static <T> Mono<T> guarded(Mono<T> call, Duration timeout, T empty) {
        return call.timeout(timeout)
                .onErrorResume(SearchCalls::isMissingIndex, e -> Mono.just(empty))
                .onErrorMap(e -> !(e instanceof SearchUnavailableException), SearchUnavailableException::new);
    }

    private static boolean isMissingIndex(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        // The reads sent on the event loops (ADR 34), then the Java client, which asks the low-level client to hand
        // it a 404 rather than throw.
        if (cause instanceof SearchRefusedException refused) {
            return refused.missingIndex();
        }
        return cause instanceof ElasticsearchException e
                && "index_not_found_exception".equals(e.error().type());
    }
}
