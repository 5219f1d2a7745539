package vn.danvankheo.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param failuresPerAccount failed logins for one username within {@code window} before it is locked
 * @param failuresPerAddress failed logins from one address within {@code window} before it is refused, whatever
 *     the usernames tried: this stops guessing across many accounts
 * @param window how far back failures count, and so how long a lock lasts at most
 */
@ConfigurationProperties("dvk.accounts")
public record AccountsProperties(Integer failuresPerAccount, Integer failuresPerAddress, Duration window) {

    public AccountsProperties {
        failuresPerAccount = failuresPerAccount == null ? 5 : failuresPerAccount;
        failuresPerAddress = failuresPerAddress == null ? 30 : failuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
    }
}
