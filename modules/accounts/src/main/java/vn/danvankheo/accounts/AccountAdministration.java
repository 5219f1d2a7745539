package vn.danvankheo.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: invite, change role, unit and locality, disable and re-enable, reset a
 * password. An administrator of a province manages only that province's accounts; one of the country manages all.
 * Every change is written to the audit trail, and a change of rights ends the account's open sessions on every
 * instance, so nobody keeps rights they lost. Blocking.
 */
@Service
public class AccountAdministration {

    private final JdbcClient jdbc;
    private final AccountDirectory directory;
    private final PasswordLinks links;
    private final SharedWebSessions sessions;
    private final AccountsProperties properties;
    private final AdministrationAudit audit;

    AccountAdministration(
            JdbcClient jdbc,
            AccountDirectory directory,
            PasswordLinks links,
            SharedWebSessions sessions,
            AccountsProperties properties,
            AdministrationAudit audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.links = links;
        this.sessions = sessions;
        this.properties = properties;
        this.audit = audit;
    }

    /** @return the invited account and the token of the link that lets the invitee choose a password */
    @Transactional
    public Invitation invite(Account administrator, NewAccount given, String email) {
        AdministratorRights.requireAdministrator(administrator);
        Scope scope = directory.assignment(given).scope();
        AdministratorRights.requireWithin(administrator, scope);
        Account invited = directory.openForLink(given, email);
        String token = links.issue(invited.id(), PasswordLinks.Purpose.INVITATION, properties.invitationValidity());
        record(administrator, invited, "INVITED", "Mời " + describe(invited) + " qua " + email.strip());
        return new Invitation(invited, token);
    }

    /** Sets role, unit, locality and level; the account's open sessions end, so the new rights apply at once. */
    @Transactional
    public Account assign(Account administrator, UUID accountId, NewAccount rights) {
        Account account = manageable(administrator, accountId);
        AccountDirectory.Assignment assignment = directory.assignment(rights);
        AdministratorRights.requireWithin(administrator, assignment.scope());
        if (account.id().equals(administrator.id())) {
            throw new InvalidAccountException("Không tự đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.");
        }
        jdbc.sql("""
                        UPDATE accounts.account SET role = :role, unit_id = :unit, province_code = :province,
                            commune_code = :commune, committee_level = :level
                        WHERE id = :id
                        """)
                .param("role", assignment.role().name())
                .param(
                        "unit",
                        assignment.unit() == null ? null : assignment.unit().id())
                .param("province", assignment.scope().provinceCode())
                .param("commune", assignment.scope().communeCode())
                .param(
                        "level",
                        assignment.committeeLevel() == null
                                ? null
                                : assignment.committeeLevel().name())
                .param("id", accountId)
                .update();
        sessions.endSessionsOf(accountId);
        Account changed = directory.find(accountId).orElseThrow();
        record(administrator, changed, "ASSIGNED", "Đổi " + describe(account) + " thành " + describe(changed));
        return changed;
    }

    @Transactional
    public Account disable(Account administrator, UUID accountId) {
        Account account = manageable(administrator, accountId);
        if (account.id().equals(administrator.id())) {
            throw new InvalidAccountException("Không tự khoá tài khoản của chính mình.");
        }
        setEnabled(accountId, false);
        sessions.endSessionsOf(accountId);
        record(administrator, account, "DISABLED", "Khoá " + describe(account));
        return directory.find(accountId).orElseThrow();
    }

    @Transactional
    public Account enable(Account administrator, UUID accountId) {
        Account account = manageable(administrator, accountId);
        setEnabled(accountId, true);
        record(administrator, account, "ENABLED", "Mở lại " + describe(account));
        return directory.find(accountId).orElseThrow();
    }

    /** @return the token of a link to choose a new password; the old password keeps working until then */
    @Transactional
    public String resetPassword(Account administrator, UUID accountId) {
        Account account = manageable(administrator, accountId);
        String token = links.issue(accountId, PasswordLinks.Purpose.RESET, properties.resetValidity());
        record(administrator, account, "PASSWORD_RESET", "Gửi đường dẫn đặt lại mật khẩu cho " + describe(account));
        return token;
    }

    /** The accounts this administrator manages, with their last sign-in. */
    public List<ManagedAccount> accounts(Account administrator) {
        AdministratorRights.requireAdministrator(administrator);
        String province = administrator.scope().provinceCode();
        return jdbc.sql(AccountDirectory.SELECT + """
                         WHERE CAST(:province AS varchar) IS NULL OR a.province_code = :province
                        ORDER BY a.username
                        """)
                .param("province", province)
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_signed_in_at");
                    return new ManagedAccount(
                            AccountDirectory.account(rs),
                            rs.getString("email"),
                            last == null ? null : last.toInstant());
                })
                .list();
    }

    public List<AuditEntry> trail(Account administrator, int limit) {
        AdministratorRights.requireAdministrator(administrator);
        return jdbc.sql("""
                        SELECT * FROM accounts.audit_entry
                        WHERE CAST(:province AS varchar) IS NULL OR province_code = :province
                        ORDER BY at DESC, id DESC LIMIT :limit
                        """)
                .param("province", administrator.scope().provinceCode())
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_name"),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("detail")))
                .list();
    }

    private Account manageable(Account administrator, UUID accountId) {
        AdministratorRights.requireAdministrator(administrator);
        Account account =
                directory.find(accountId).orElseThrow(() -> new InvalidAccountException("Không có tài khoản này."));
        AdministratorRights.requireWithin(administrator, account.scope());
        return account;
    }

    private void setEnabled(UUID accountId, boolean enabled) {
        jdbc.sql("UPDATE accounts.account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", accountId)
                .update();
    }

    private void record(Account administrator, Account account, String action, String detail) {
        audit.account(administrator, account, action, detail);
    }

    private String describe(Account account) {
        String unit = account.unitName() == null ? "" : ", " + account.unitName();
        return account.username() + " (" + account.role().labelVi() + unit + ", " + directory.describe(account.scope())
                + (account.enabled() ? "" : ", đang khoá") + ")";
    }

    public record Invitation(Account account, String token) {}

    public record ManagedAccount(Account account, String email, Instant lastSignedInAt) {}
}
