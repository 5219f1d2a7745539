package vn.danvankheo.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the account a login form names, for Spring Security to check the password against. An unknown username is
 * answered with a stand-in whose hash no password matches, so it is refused after the same Argon2 work as a wrong
 * password: how long a refusal takes tells nobody which usernames exist.
 */
@Component
class AccountSignIn implements ReactiveUserDetailsService {

    private final AccountDirectory directory;
    private final String unmatchableHash;
    private final AccountsScheduler scheduler;

    AccountSignIn(AccountDirectory directory, PasswordEncoder passwords, AccountsScheduler scheduler) {
        this.directory = directory;
        this.scheduler = scheduler;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.unmatchableHash = passwords.encode(Base64.getEncoder().encodeToString(secret));
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return scheduler
                .run(() -> directory.credentials(username))
                .map(found -> found.<UserDetails>map(
                                credentials -> new AccountPrincipal(credentials.account(), credentials.passwordHash()))
                        .orElseGet(() ->
                                User.withUsername("?").password(unmatchableHash).build()));
    }
}
