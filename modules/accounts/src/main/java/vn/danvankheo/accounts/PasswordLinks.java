package vn.danvankheo.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that let their holder choose the account's password: the first administrator's, an invitation's,
 * a forgotten password's. The token is 256 random bits; only its SHA-256 is stored, so a copy of the database opens
 * nothing. A link works once and until it expires; a new link for the same account and purpose replaces the old.
 * Blocking.
 */
@Service
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccountDirectory directory;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, PasswordEncoder passwords, AccountDirectory directory, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.directory = directory;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** @return the token to put in the link; it is never stored and cannot be shown again */
    @Transactional
    public String issue(UUID accountId, Purpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM accounts.password_link WHERE account_id = :account AND purpose = :purpose")
                .param("account", accountId)
                .param("purpose", purpose.name())
                .update();
        jdbc.sql("""
                        INSERT INTO accounts.password_link (token_hash, account_id, purpose, created_at, expires_at)
                        VALUES (:hash, :account, :purpose, :now, :expires)
                        """)
                .param("hash", hash(token))
                .param("account", accountId)
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** The account a valid, unused link is for; empty for a wrong, used or expired one. */
    public Optional<Holder> holder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT account_id, purpose FROM accounts.password_link
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                        """)
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) ->
                        new Holder(rs.getObject("account_id", UUID.class), Purpose.valueOf(rs.getString("purpose"))))
                .optional()
                .flatMap(
                        found -> directory.find(found.accountId()).isPresent() ? Optional.of(found) : Optional.empty());
    }

    /**
     * Sets the password the holder chose and uses the link up; every other open link of the account is dropped too.
     *
     * @throws InvalidAccountException for a link that no longer works or a password that is too weak
     */
    @Transactional
    public Account choosePassword(String token, String password) {
        Holder holder = holder(token)
                .orElseThrow(() -> new InvalidAccountException(
                        "Đường dẫn này đã được dùng hoặc đã hết hạn. Hãy xin một đường dẫn mới."));
        Account account = directory.find(holder.accountId()).orElseThrow();
        AccountDirectory.checkPassword(account.username(), password);
        int used = jdbc.sql("""
                        UPDATE accounts.password_link SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", hash(token))
                .update();
        if (used != 1) {
            throw new InvalidAccountException("Đường dẫn này vừa được dùng. Hãy xin một đường dẫn mới.");
        }
        jdbc.sql("DELETE FROM accounts.password_link WHERE account_id = :account AND used_at IS NULL")
                .param("account", account.id())
                .update();
        directory.storePassword(account.id(), passwords.encode(password));
        return account;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public enum Purpose {
        FIRST_ADMINISTRATOR,
        INVITATION,
        RESET
    }

    public record Holder(UUID accountId, Purpose purpose) {}
}
