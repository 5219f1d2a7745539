package vn.danvankheo.web;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;

/** Every page's navigation bar shows what the signed-in role can reach, so every page's model names the account. */
@ControllerAdvice(annotations = Controller.class)
class SignedInForPages {

    @ModelAttribute("signedIn")
    Mono<Account> signedIn() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .mapNotNull(authentication -> authentication.getPrincipal() instanceof AccountPrincipal principal
                        ? principal.account()
                        : null);
    }
}
