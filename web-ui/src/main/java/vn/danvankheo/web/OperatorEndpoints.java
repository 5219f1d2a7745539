package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Not a bean: it runs first in security's chain. Metrics are for the operator's scraper only; anyone else is told
 * there is nothing here rather than that something is refused. The address is the client's, after a trusted proxy's
 * forwarding, so the proxy being local does not open them to the public.
 */
class OperatorEndpoints implements WebFilter {

    static final String METRICS = "/actuator/prometheus";

    private final AddressRanges operators;

    OperatorEndpoints(AddressRanges operators) {
        this.operators = operators;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(METRICS)
                || operators.contain(exchange.getRequest().getRemoteAddress())) {
            return chain.filter(exchange);
        }
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return exchange.getResponse().setComplete();
    }
}
