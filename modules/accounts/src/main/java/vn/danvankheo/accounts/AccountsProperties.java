package vn.danvankheo.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param failuresPerAccount failed logins for one username within {@code window} before it is locked
 * @param failuresPerAddress failed logins from one address within {@code window} before it is refused, whatever
 *     the usernames tried: this stops guessing across many accounts
 * @param window how far back failures count, and so how long a lock lasts at most
 * @param firstLinkValidity how long the first administrator's link works
 * @param invitationValidity how long an invitation's link works
 * @param resetValidity how long a forgotten password's link works
 * @param sessionTimeout how long a signed-in session lasts without a request
 * @param jdbcThreads threads for the accounts' blocking database work (sessions, sign-in)
 */
@ConfigurationProperties("dvk.accounts")
public record AccountsProperties(
        Integer failuresPerAccount,
        Integer failuresPerAddress,
        Duration window,
        Duration firstLinkValidity,
        Duration invitationValidity,
        Duration resetValidity,
        Duration sessionTimeout,
        Integer jdbcThreads) {

    public AccountsProperties {
        failuresPerAccount = failuresPerAccount == null ? 5 : failuresPerAccount;
        failuresPerAddress = failuresPerAddress == null ? 30 : failuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        firstLinkValidity = firstLinkValidity == null ? Duration.ofHours(24) : firstLinkValidity;
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
        resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        jdbcThreads = jdbcThreads == null ? 4 : jdbcThreads;
    }
}
