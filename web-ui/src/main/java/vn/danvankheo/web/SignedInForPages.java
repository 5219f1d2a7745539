package vn.danvankheo.web;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.WritePolicy;

/**
 * Every page's navigation bar shows what the signed-in account may reach, so every page's model names the account and
 * what the policy lets it do. Only pages (this package, see {@link PageFooter}): JSON endpoints have no navigation bar.
 */
@ControllerAdvice(basePackageClasses = SignedInForPages.class)
class SignedInForPages {

    private final WritePolicy policy;

    SignedInForPages(WritePolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("signedIn")
    Mono<Account> signedIn() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .mapNotNull(authentication -> authentication.getPrincipal() instanceof AccountPrincipal principal
                        ? principal.account()
                        : null);
    }

    @ModelAttribute("may")
    Mono<PagePermissions> may() {
        return signedIn().map(account -> PagePermissions.of(account, policy)).defaultIfEmpty(PagePermissions.NONE);
    }
}
