package vn.danvankheo.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.UnitLevel;

/** Opens and finds accounts. Blocking: call it from background work or a bounded scheduler. */
@Service
public class AccountDirectory {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AdminUnits units;

    AccountDirectory(JdbcClient jdbc, PasswordEncoder passwords, AdminUnits units) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.units = units;
    }

    @Transactional
    public Account open(NewAccount given) {
        String username = normalised(given.username());
        check(username, given);
        Scope scope = scope(given);
        if (find(username).isPresent()) {
            throw new InvalidAccountException("Tên đăng nhập \"" + username + "\" đã có người dùng.");
        }
        Account account = new Account(
                UUID.randomUUID(),
                username,
                given.displayName().strip(),
                given.role(),
                given.role() == Role.CONTRIBUTOR ? given.unitName().strip() : null,
                scope,
                given.role() == Role.COMMITTEE_MEMBER ? given.committeeLevel() : null,
                true);
        jdbc.sql("""
                        INSERT INTO accounts.account (id, username, display_name, password_hash, role, unit_name,
                            province_code, commune_code, committee_level, enabled, created_at)
                        VALUES (:id, :username, :displayName, :hash, :role, :unit, :province, :commune, :level, true,
                            :now)
                        """)
                .param("id", account.id())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwords.encode(given.password()))
                .param("role", account.role().name())
                .param("unit", account.unitName())
                .param("province", scope.provinceCode())
                .param("commune", scope.communeCode())
                .param(
                        "level",
                        account.committeeLevel() == null
                                ? null
                                : account.committeeLevel().name())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return account;
    }

    public Optional<Account> find(String username) {
        return credentials(username).map(Credentials::account);
    }

    /** For signing in only: the hash stays inside this module. */
    Optional<Credentials> credentials(String username) {
        if (!possible(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM accounts.account WHERE username = :username")
                .param("username", normalised(username))
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    private void check(String username, NewAccount given) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidAccountException("Tên đăng nhập gồm 3 đến 80 ký tự: chữ thường không dấu, số, dấu chấm, "
                    + "gạch ngang hoặc gạch dưới.");
        }
        if (given.displayName() == null || given.displayName().isBlank()) {
            throw new InvalidAccountException("Họ tên hoặc tên hiển thị không được để trống.");
        }
        String password = given.password() == null ? "" : given.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username)) {
            throw new InvalidAccountException("Mật khẩu không được chứa tên đăng nhập.");
        }
        if (given.role() == null) {
            throw new InvalidAccountException("Chưa chọn vai trò của tài khoản.");
        }
        if (given.role() == Role.CONTRIBUTOR
                && (given.unitName() == null || given.unitName().isBlank())) {
            throw new InvalidAccountException("Cộng tác viên phải thuộc một cơ quan, đơn vị.");
        }
        if (given.role() == Role.COMMITTEE_MEMBER && given.committeeLevel() == null) {
            throw new InvalidAccountException("Thành viên hội đồng phải có cấp xét chọn.");
        }
    }

    /** The scope each role needs, checked against the official list of units. */
    private Scope scope(NewAccount given) {
        String province = blankToNull(given.provinceCode());
        String commune = blankToNull(given.communeCode());
        if (commune != null) {
            AdminUnit unit = units.current(commune)
                    .filter(found -> found.level() == UnitLevel.COMMUNE)
                    .orElseThrow(
                            () -> new InvalidAccountException("Mã xã \"" + commune + "\" không có trong danh mục."));
            if (province != null && !province.equals(unit.provinceCode())) {
                throw new InvalidAccountException(unit.fullName() + " không thuộc tỉnh có mã " + province + ".");
            }
            province = unit.provinceCode();
        } else if (province != null
                && units.current(province)
                        .filter(found -> found.level() == UnitLevel.PROVINCE)
                        .isEmpty()) {
            throw new InvalidAccountException("Mã tỉnh \"" + province + "\" không có trong danh mục.");
        }
        Scope scope = new Scope(province, commune);
        boolean nationwide = province == null;
        switch (given.role()) {
            case CONTRIBUTOR, MODERATOR -> {
                if (nationwide) {
                    throw new InvalidAccountException("Vai trò này phải gắn với một tỉnh hoặc một xã.");
                }
            }
            case COMMITTEE_MEMBER -> checkCommitteeScope(given.committeeLevel(), province, commune);
            case ADMINISTRATOR, JOURNALIST -> {
                if (!nationwide) {
                    throw new InvalidAccountException(
                            "Quản trị viên và nhà báo làm việc trên cả nước, không gắn địa bàn.");
                }
            }
        }
        return scope;
    }

    private static void checkCommitteeScope(CommitteeLevel level, String province, String commune) {
        boolean fits = switch (level) {
            case CENTRAL -> province == null;
            case PROVINCIAL -> province != null && commune == null;
            case GRASSROOTS -> commune != null;
        };
        if (!fits) {
            throw new InvalidAccountException("Hội đồng cấp trung ương không gắn địa bàn, cấp tỉnh gắn một tỉnh, "
                    + "cấp cơ sở gắn một xã, phường, đặc khu.");
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        String level = rs.getString("committee_level");
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("unit_name"),
                new Scope(rs.getString("province_code"), rs.getString("commune_code")),
                level == null ? null : CommitteeLevel.valueOf(level),
                rs.getBoolean("enabled"));
    }

    /** Usernames are stored lower-case; everything that looks one up or counts it goes through here. */
    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether any account could have this name; others (too long, a NUL byte) never reach the database. */
    static boolean possible(String username) {
        return USERNAME.matcher(normalised(username)).matches();
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    record Credentials(Account account, String passwordHash) {}
}
