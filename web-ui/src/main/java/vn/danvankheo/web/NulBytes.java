package vn.danvankheo.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No text a person types contains a NUL byte, and PostgreSQL cannot store or compare one: a query parameter or form
 * field carrying it is refused here, once for every endpoint, instead of failing deep in a query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulBytes implements WebFilter {

    private static final String DETAIL = "Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).";

    private final EarlyRefusals refusals;

    NulBytes(EarlyRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (carriesNul(exchange.getRequest().getQueryParams())) {
            return refuse(exchange);
        }
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        // The form is read once and cached by the exchange, so handlers after this read the same fields.
        return exchange.getFormData().flatMap(form -> carriesNul(form) ? refuse(exchange) : chain.filter(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        return refusals.refuse(exchange, HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", DETAIL);
    }

    private static boolean carriesNul(MultiValueMap<String, String> fields) {
        return fields.entrySet().stream()
                .anyMatch(field -> field.getKey().indexOf('\0') >= 0
                        || field.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0));
    }
}
