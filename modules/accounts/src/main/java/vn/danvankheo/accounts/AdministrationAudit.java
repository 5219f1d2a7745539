package vn.danvankheo.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes what an administrator changed, to an account or a unit, in the caller's transaction. */
@Component
class AdministrationAudit {

    private final JdbcClient jdbc;

    AdministrationAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void account(Account administrator, Account account, String action, String detail) {
        write(administrator, account.id(), null, account.scope().provinceCode(), action, detail);
    }

    void unit(Account administrator, Unit unit, String action, String detail) {
        write(administrator, null, unit.id(), unit.scope().provinceCode(), action, detail);
    }

    private void write(
            Account administrator, UUID accountId, UUID unitId, String provinceCode, String action, String detail) {
        jdbc.sql("""
                        INSERT INTO accounts.audit_entry (at, actor_id, actor_name, account_id, unit_id, province_code,
                            action, detail)
                        VALUES (:at, :actor, :actorName, :account, :unit, :province, :action, :detail)
                        """)
                .param("at", Timestamp.from(Instant.now()))
                .param("actor", administrator.id())
                .param("actorName", administrator.displayName() + " (" + administrator.username() + ")")
                .param("account", accountId)
                .param("unit", unitId)
                .param("province", provinceCode)
                .param("action", action)
                .param("detail", detail)
                .update();
    }
}
