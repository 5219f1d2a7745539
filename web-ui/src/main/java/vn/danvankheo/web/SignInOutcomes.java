package vn.danvankheo.web;

import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.LoginThrottle;

/**
 * Clears the username's counted attempts on success and records when the account signed in; a failure stays counted by
 * the throttle.
 */
@Component
class SignInOutcomes implements ServerAuthenticationSuccessHandler, ServerAuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final AccountDirectory accounts;
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    SignInOutcomes(LoginThrottle throttle, AccountDirectory accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        Mono<Void> recorded = authentication.getPrincipal() instanceof AccountPrincipal principal
                ? Mono.fromRunnable(
                                () -> accounts.recordSignIn(principal.account().id()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .then()
                : Mono.empty();
        return throttle.forget(authentication.getName())
                .then(recorded)
                .then(redirect.sendRedirect(exchange.getExchange(), URI.create(SecurityConfiguration.ACCOUNT_PAGE)));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
        // The attempt was counted before the password was checked; a failure leaves it counted.
        return redirect.sendRedirect(exchange.getExchange(), URI.create(SecurityConfiguration.LOGIN_PAGE + "?loi"));
    }
}
