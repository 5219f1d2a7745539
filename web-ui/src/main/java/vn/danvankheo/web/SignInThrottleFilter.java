package vn.danvankheo.web;

import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.LoginThrottle;

/**
 * Not a bean: as one, it would also run in the application's general filter chain, outside security's.
 *
 * <p>Refuses a sign-in while its username or address is locked, before the password is checked: a locked account
 * must not become a way to test guesses, and the Argon2 hash costs the server real work each time. Every attempt it
 * lets through is counted first, as a failure until the sign-in succeeds.
 */
class SignInThrottleFilter implements WebFilter {

    private final LoginThrottle throttle;
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.POST
                || !SecurityConfiguration.LOGIN_PAGE.equals(
                        exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        return SignInForm.username(exchange)
                .flatMap(username -> throttle.reserveAttempt(username, SignInForm.address(exchange)))
                .flatMap(locked -> locked.isPresent()
                        ? redirect.sendRedirect(
                                exchange,
                                URI.create(SecurityConfiguration.LOGIN_PAGE + "?khoa="
                                        + Math.max(1, (locked.get().toSeconds() + 59) / 60)))
                        : chain.filter(exchange));
    }
}
