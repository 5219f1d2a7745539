package vn.danvankheo.web;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * WebFlux creates the CSRF token lazily; exposing it to every page's model makes it exist, so each form can carry it
 * in a hidden field. Only pages (this package, see {@link PageFooter}): JSON endpoints render no form.
 */
@ControllerAdvice(basePackageClasses = CsrfTokenForPages.class)
class CsrfTokenForPages {

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }
}
