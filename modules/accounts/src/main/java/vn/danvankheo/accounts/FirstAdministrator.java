package vn.danvankheo.accounts;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run: a fresh install has no account, so nobody could invite anyone. Run from the machine itself
 * ({@code ./dvk admin create <email>}), this opens the first administrator and gives a one-time link to choose its
 * password; it refuses once an administrator exists, so it cannot be used to take over a running site.
 */
@Service
public class FirstAdministrator {

    private final JdbcClient jdbc;
    private final AccountDirectory directory;
    private final PasswordLinks links;
    private final AccountsProperties properties;

    FirstAdministrator(
            JdbcClient jdbc, AccountDirectory directory, PasswordLinks links, AccountsProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.links = links;
        this.properties = properties;
    }

    /**
     * @return the account and the token of its one-time link, valid for {@code dvk.accounts.first-link-validity}
     * @throws InvalidAccountException when an administrator exists already or the address is not one
     */
    @Transactional
    public Created create(String email) {
        // Two runs at once must not both see "no administrator yet".
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('first-administrator'))")
                .query()
                .singleValue();
        if (directory.anyAdministrator()) {
            throw new InvalidAccountException("Đã có quản trị viên. Quản trị viên mời thêm tài khoản ở trang quản trị;"
                    + " lệnh này chỉ dùng cho lần chạy đầu tiên.");
        }
        Account account = directory.openForLink(
                new NewAccount(usernameFor(email), "Quản trị viên", null, Role.ADMINISTRATOR, null, null, null, null),
                email);
        String token =
                links.issue(account.id(), PasswordLinks.Purpose.FIRST_ADMINISTRATOR, properties.firstLinkValidity());
        return new Created(account, token);
    }

    /** The address's local part as a username, made unique: "Nguyen.Van.A@x.vn" signs in as "nguyen.van.a". */
    String usernameFor(String email) {
        String local = email == null ? "" : email.strip();
        int at = local.indexOf('@');
        local = (at > 0 ? local.substring(0, at) : local)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-");
        local = local.replaceAll("^[^a-z0-9]+", "");
        if (local.length() < 3) {
            local = "quan-tri-" + local;
        }
        local = local.length() > 70 ? local.substring(0, 70) : local;
        String candidate = local;
        for (int n = 2; directory.find(candidate).isPresent(); n++) {
            candidate = local + "-" + n;
        }
        return candidate;
    }

    public record Created(Account account, String token) {}
}
