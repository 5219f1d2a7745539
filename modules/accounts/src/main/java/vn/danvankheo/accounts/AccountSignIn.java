package vn.danvankheo.accounts;

import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Finds the account a login form names, for Spring Security to check the password against. */
@Component
class AccountSignIn implements ReactiveUserDetailsService {

    private final AccountDirectory directory;

    AccountSignIn(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.fromCallable(() -> directory.credentials(username))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(credentials -> new AccountPrincipal(credentials.account(), credentials.passwordHash()));
    }
}
