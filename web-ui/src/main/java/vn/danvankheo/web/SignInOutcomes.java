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
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.AccountsScheduler;
import vn.danvankheo.accounts.LoginThrottle;

/**
 * Tells the throttle of a success from this address and records when the account signed in; a failure stays counted
 * by the throttle.
 */
@Component
class SignInOutcomes implements ServerAuthenticationSuccessHandler, ServerAuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final AccountDirectory accounts;
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
    private final AccountsScheduler scheduler;

    SignInOutcomes(LoginThrottle throttle, AccountDirectory accounts, AccountsScheduler scheduler) {
        this.scheduler = scheduler;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        Mono<Void> recorded = authentication.getPrincipal() instanceof AccountPrincipal principal
                ? scheduler
                        .run(() -> accounts.recordSignIn(principal.account().id()))
                        .then()
                : Mono.empty();
        return throttle.succeeded(authentication.getName(), SignInForm.address(exchange.getExchange()))
                .then(recorded)
                .then(redirect.sendRedirect(exchange.getExchange(), URI.create(SecurityConfiguration.ACCOUNT_PAGE)));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException exception) {
        // The attempt was counted before the password was checked; a failure leaves it counted.
        return redirect.sendRedirect(exchange.getExchange(), URI.create(SecurityConfiguration.LOGIN_PAGE + "?loi"));
    }
}
