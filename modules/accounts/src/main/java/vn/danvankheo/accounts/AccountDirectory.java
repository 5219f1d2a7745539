package vn.danvankheo.accounts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and finds accounts. Blocking: call it from background work or a bounded scheduler. */
@Service
public class AccountDirectory {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String SELECT =
            "SELECT a.*, u.name AS unit_name FROM accounts.account a LEFT JOIN accounts.unit u ON u.id = a.unit_id";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final UnitRegistry units;
    private final Localities localities;

    AccountDirectory(JdbcClient jdbc, PasswordEncoder passwords, UnitRegistry units, Localities localities) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.units = units;
        this.localities = localities;
    }

    @Transactional
    public Account open(NewAccount given) {
        String username = normalised(given.username());
        check(username, given);
        checkPassword(username, given.password());
        return insert(username, given, null, passwords.encode(given.password()));
    }

    /**
     * Opens an account whose owner chooses the password through a link sent to {@code email}; until then no password
     * signs in to it.
     */
    @Transactional
    public Account openForLink(NewAccount given, String email) {
        String username = normalised(given.username());
        check(username, given);
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidAccountException("Địa chỉ thư điện tử \"" + address + "\" không hợp lệ.");
        }
        if (findByEmail(address).isPresent()) {
            throw new InvalidAccountException("Địa chỉ thư điện tử \"" + address + "\" đã thuộc một tài khoản khác.");
        }
        byte[] unknowable = new byte[32];
        RANDOM.nextBytes(unknowable);
        return insert(username, given, address, passwords.encode(HexFormat.of().formatHex(unknowable)));
    }

    private Account insert(String username, NewAccount given, String email, String passwordHash) {
        Assignment assignment = assignment(given);
        if (find(username).isPresent()) {
            throw new InvalidAccountException("Tên đăng nhập \"" + username + "\" đã có người dùng.");
        }
        Unit unit = assignment.unit();
        Scope scope = assignment.scope();
        Account account = new Account(
                UUID.randomUUID(),
                username,
                given.displayName().strip(),
                given.role(),
                unit == null ? null : unit.id(),
                unit == null ? null : unit.name(),
                scope,
                assignment.committeeLevel(),
                true);
        jdbc.sql("""
                        INSERT INTO accounts.account (id, username, display_name, password_hash, role, unit_id,
                            province_code, commune_code, committee_level, enabled, created_at, email)
                        VALUES (:id, :username, :displayName, :hash, :role, :unit, :province, :commune, :level, true,
                            :now, :email)
                        """)
                .param("email", email)
                .param("id", account.id())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("role", account.role().name())
                .param("unit", account.unitId())
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

    public Optional<Account> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query((rs, n) -> account(rs))
                .optional();
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE lower(a.email) = lower(:email)")
                .param("email", email == null ? "" : email.strip())
                .query((rs, n) -> account(rs))
                .optional();
    }

    /** Whether any administrator can act: the first-run command refuses to make a second "first" one. */
    public boolean anyAdministrator() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts.account WHERE role = 'ADMINISTRATOR' AND enabled)")
                .query(Boolean.class)
                .single();
    }

    /** The locality's official name, for people to read. */
    public String describe(Scope scope) {
        return localities.describe(scope);
    }

    /** When the account last signed in, for administrators to see dormant accounts. */
    public void recordSignIn(UUID id) {
        jdbc.sql("UPDATE accounts.account SET last_signed_in_at = now() WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** The owner changes their own password, proving they know the current one. */
    public void changePassword(UUID id, String current, String next) {
        Account account = find(id).orElseThrow(() -> new InvalidAccountException("Không có tài khoản này."));
        String hash = jdbc.sql("SELECT password_hash FROM accounts.account WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        if (current == null || !passwords.matches(current, hash)) {
            throw new InvalidAccountException("Mật khẩu hiện tại không đúng.");
        }
        checkPassword(account.username(), next);
        storePassword(id, passwords.encode(next));
    }

    void storePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE accounts.account SET password_hash = :hash WHERE id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    /** Everyone who acts for the unit, so colleagues can use each other's uploads. */
    public List<Account> colleagues(UUID unitId) {
        return jdbc.sql(SELECT + " WHERE a.unit_id = :unit ORDER BY a.username")
                .param("unit", unitId)
                .query((rs, n) -> account(rs))
                .list();
    }

    /** For signing in only: the hash stays inside this module. */
    Optional<Credentials> credentials(String username) {
        if (!possible(username)) {
            return Optional.empty();
        }
        // The e-mail address signs in too: people remember it better than a username they were given.
        return jdbc.sql(SELECT + " WHERE a.username = :username OR lower(a.email) = :username")
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
        if (given.role() == null) {
            throw new InvalidAccountException("Chưa chọn vai trò của tài khoản.");
        }
        if (given.role() == Role.COMMITTEE_MEMBER && given.committeeLevel() == null) {
            throw new InvalidAccountException("Thành viên hội đồng phải có cấp xét chọn.");
        }
    }

    static void checkPassword(String username, String given) {
        String password = given == null ? "" : given;
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username)) {
            throw new InvalidAccountException("Mật khẩu không được chứa tên đăng nhập.");
        }
    }

    /** A role with the unit, locality and level it needs, checked; what opening or changing an account stores. */
    Assignment assignment(NewAccount given) {
        if (given.role() == null) {
            throw new InvalidAccountException("Chưa chọn vai trò của tài khoản.");
        }
        if (given.role() == Role.COMMITTEE_MEMBER && given.committeeLevel() == null) {
            throw new InvalidAccountException("Thành viên hội đồng phải có cấp xét chọn.");
        }
        Unit unit = given.role() == Role.CONTRIBUTOR ? unitOf(given) : null;
        return new Assignment(
                given.role(),
                unit,
                scope(given, unit),
                given.role() == Role.COMMITTEE_MEMBER ? given.committeeLevel() : null);
    }

    private Unit unitOf(NewAccount given) {
        if (given.unitId() == null) {
            throw new InvalidAccountException("Cộng tác viên phải thuộc một cơ quan, đơn vị.");
        }
        Unit unit = units.find(given.unitId())
                .orElseThrow(() -> new InvalidAccountException("Cơ quan, đơn vị đã chọn không có trong danh sách."));
        if (units.deactivated(unit.id())) {
            throw new InvalidAccountException("Cơ quan, đơn vị \"" + unit.name() + "\" đã ngừng hoạt động.");
        }
        return unit;
    }

    /** The scope each role needs, checked against the official list of units and the contributor's unit. */
    private Scope scope(NewAccount given, Unit unit) {
        Scope scope = localities.scope(given.provinceCode(), given.communeCode(), InvalidAccountException::new);
        if (unit != null) {
            if (scope.provinceCode() == null) {
                scope = unit.scope();
            } else if (!unit.scope().contains(scope)) {
                throw new InvalidAccountException("Địa bàn của tài khoản phải nằm trong địa bàn của đơn vị \""
                        + unit.name() + "\" (" + localities.describe(unit.scope()) + ").");
            }
        }
        boolean nationwide = scope.provinceCode() == null;
        switch (given.role()) {
            case CONTRIBUTOR, MODERATOR -> {
                if (nationwide) {
                    throw new InvalidAccountException("Vai trò này phải gắn với một tỉnh hoặc một xã.");
                }
            }
            case COMMITTEE_MEMBER ->
                checkCommitteeScope(given.committeeLevel(), scope.provinceCode(), scope.communeCode());
            case ADMINISTRATOR -> {
                if (scope.communeCode() != null) {
                    throw new InvalidAccountException("Quản trị viên quản lý cả nước hoặc một tỉnh, không gắn một xã.");
                }
            }
            case JOURNALIST -> {
                if (!nationwide) {
                    throw new InvalidAccountException("Nhà báo làm việc trên cả nước, không gắn địa bàn.");
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

    static Account account(ResultSet rs) throws SQLException {
        String level = rs.getString("committee_level");
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                new Scope(rs.getString("province_code"), rs.getString("commune_code")),
                level == null ? null : CommitteeLevel.valueOf(level),
                rs.getBoolean("enabled"));
    }

    /** Usernames are stored lower-case; everything that looks one up or counts it goes through here. */
    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether any account could have this name or address; others (too long, a NUL byte) never reach the database.
     */
    static boolean possible(String username) {
        String name = normalised(username);
        return USERNAME.matcher(name).matches()
                || (name.length() <= 254
                        && EMAIL.matcher(name).matches()
                        && name.chars().noneMatch(Character::isISOControl));
    }

    record Credentials(Account account, String passwordHash) {}

    record Assignment(Role role, Unit unit, Scope scope, CommitteeLevel committeeLevel) {}
}
