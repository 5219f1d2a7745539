package vn.danvankheo.web;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every log line written while serving a request carries its id, also on the capabilities' own schedulers (Reactor
 * carries it there through context propagation), and the response names it in X-Request-Id: a user's report or the
 * proxy's log then leads to the lines. The id is the one Spring's own request logs already print as their prefix.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds implements WebFilter {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";

    static {
        ContextRegistry.getInstance()
                .registerThreadLocalAccessor(
                        LOG_KEY, () -> MDC.get(LOG_KEY), id -> MDC.put(LOG_KEY, id), () -> MDC.remove(LOG_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = exchange.getRequest().getId();
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(context -> context.put(LOG_KEY, id));
    }
}
