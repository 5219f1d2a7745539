package vn.danvankheo.web;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The CSRF token as a cookie scripts can read (JSON clients send it back in X-XSRF-TOKEN, pages as a form field),
 * SameSite=Lax always and Secure whenever the client reached us over TLS, also through a trusted proxy: Spring's
 * repository only looks at the connection it received, which behind a proxy is plain HTTP.
 */
final class CsrfCookies implements ServerCsrfTokenRepository {

    private final CookieServerCsrfTokenRepository overTls = repository(true);
    private final CookieServerCsrfTokenRepository plain = repository(false);

    private static CookieServerCsrfTokenRepository repository(boolean secure) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure));
        return repository;
    }

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return of(exchange).generateToken(exchange);
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        return of(exchange).saveToken(exchange, token);
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return of(exchange).loadToken(exchange);
    }

    private CookieServerCsrfTokenRepository of(ServerWebExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme()) ? overTls : plain;
    }
}
