package vn.danvankheo.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param failuresPerAccount failed logins for one username from one address within {@code window} before that
 *     address may no longer try that username: a guesser locks out only itself
 * @param failuresPerUsername failed logins for one username from all addresses within {@code window} before only
 *     addresses the account has signed in from recently may still try it: this stops guessing from many addresses
 * @param failuresPerAddress failed logins from one address within {@code window} before it is refused, whatever
 *     the usernames tried: this stops guessing across many accounts
 * @param window how far back failures count, and so how long a lock lasts at most
 * @param knownAddressFor how long a successful sign-in keeps its address trusted for that username
 * @param firstLinkValidity how long the first administrator's link works
 * @param invitationValidity how long an invitation's link works
 * @param resetValidity how long a forgotten password's link works
 * @param sessionTimeout how long a signed-in session lasts without a request
 * @param jdbcThreads threads for the accounts' blocking database work (sessions, sign-in)
 */
@ConfigurationProperties("dvk.accounts")
public record AccountsProperties(
        Integer failuresPerAccount,
        Integer failuresPerUsername,
        Integer failuresPerAddress,
        Duration window,
        Duration knownAddressFor,
        Duration firstLinkValidity,
        Duration invitationValidity,
        Duration resetValidity,
        Duration sessionTimeout,
        Integer jdbcThreads) {

    public AccountsProperties {
        failuresPerAccount = failuresPerAccount == null ? 5 : failuresPerAccount;
        failuresPerUsername = failuresPerUsername == null ? 20 : failuresPerUsername;
        failuresPerAddress = failuresPerAddress == null ? 30 : failuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        knownAddressFor = knownAddressFor == null ? Duration.ofDays(90) : knownAddressFor;
        firstLinkValidity = firstLinkValidity == null ? Duration.ofHours(24) : firstLinkValidity;
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
        resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        jdbcThreads = jdbcThreads == null ? 4 : jdbcThreads;
    }
}
