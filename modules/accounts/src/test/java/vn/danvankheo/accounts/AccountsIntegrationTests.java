package vn.danvankheo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

@SpringBootTest(
        classes = AccountsTestApplication.class,
        properties = {
            "dvk.places.data-directory=../../data/vn-admin",
            "dvk.accounts.failures-per-account=3",
            "dvk.accounts.failures-per-username=6"
        })
class AccountsIntegrationTests {

    private static final String PASSWORD = "mat-khau-du-dai-2026";

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("accounts").register(registry);
    }

    @Autowired
    AccountDirectory directory;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRegistry units;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    PasswordLinks links;

    private static UUID cell;

    @BeforeEach
    void aUnitInHanoi() {
        if (cell == null) {
            cell = units.register(new NewUnit(unique("Chi bộ khu dân cư số 3"), UnitKind.PARTY_CELL, "01", null, null))
                    .id();
        }
    }

    @Test
    void aPasswordIsStoredOnlyAsAnArgon2idHash() {
        Account account = directory.open(contributor(unique("ctv"), "00004", null));

        String hash = jdbc.sql("SELECT password_hash FROM accounts.account WHERE id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(PASSWORD + "x", hash)).isFalse();
    }

    @Test
    void aCommuneScopeNamesItsProvinceFromTheOfficialList() {
        Account account = directory.open(contributor(unique("ctv"), "00004", null));

        assertThat(account.scope()).isEqualTo(new Scope("01", "00004"));
        assertThat(directory.find(account.username().toUpperCase())).contains(account);
    }

    @Test
    void badAccountsAreRefusedWithVietnameseReasons() {
        assertThatThrownBy(() -> directory.open(contributor(unique("ctv"), "99999", null)))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("không có trong danh mục");
        assertThatThrownBy(() -> directory.open(contributor(unique("ctv"), "00004", "79")))
                .hasMessageContaining("không thuộc tỉnh");
        assertThatThrownBy(() -> directory.open(
                        new NewAccount(unique("ctv"), "Ngắn", "ngan", Role.CONTRIBUTOR, cell, "01", null, null)))
                .hasMessageContaining("ít nhất 12 ký tự");
        assertThatThrownBy(() -> directory.open(new NewAccount(
                        unique("qtv"), "Quản trị", PASSWORD, Role.ADMINISTRATOR, null, null, "00004", null)))
                .hasMessageContaining("không gắn một xã");
        assertThatThrownBy(() -> directory.open(new NewAccount(
                        unique("hd"),
                        "Hội đồng",
                        PASSWORD,
                        Role.COMMITTEE_MEMBER,
                        null,
                        "01",
                        null,
                        CommitteeLevel.GRASSROOTS)))
                .hasMessageContaining("cấp cơ sở gắn một xã");
        String taken = unique("ctv");
        directory.open(contributor(taken, "00004", null));
        assertThatThrownBy(() -> directory.open(contributor(taken, "00004", null)))
                .hasMessageContaining("đã có người dùng");
    }

    @Test
    void unitsFormATreeWithinTheirParentsLocality() {
        Unit committee = units.register(
                new NewUnit(unique("Đảng ủy phường Ba Đình"), UnitKind.PARTY_COMMITTEE, null, "00004", null));
        Unit first = units.register(
                new NewUnit("Chi bộ khu dân cư số 1", UnitKind.PARTY_CELL, null, "00004", committee.id()));
        Unit second = units.register(
                new NewUnit("  Chi bộ  khu dân cư số 2 ", UnitKind.PARTY_CELL, null, "00004", committee.id()));

        assertThat(units.children(committee.id())).containsExactly(first, second);
        assertThat(second.name()).isEqualTo("Chi bộ khu dân cư số 2");
        assertThat(first.scope()).isEqualTo(new Scope("01", "00004"));
        assertThatThrownBy(() -> units.register(
                        new NewUnit("chi bộ khu dân cư SỐ 1", UnitKind.PARTY_CELL, null, "00004", committee.id())))
                .isInstanceOf(InvalidUnitException.class)
                .hasMessageContaining("Đã có đơn vị");
        assertThatThrownBy(() ->
                        units.register(new NewUnit("Chi bộ xa", UnitKind.PARTY_CELL, null, "27154", committee.id())))
                .isInstanceOf(InvalidUnitException.class)
                .hasMessageContaining("phải ở trong địa bàn của đơn vị cấp trên");
    }

    @Test
    void generatedUnitsAreWrittenOnceMarkedAndRemovedWithoutTouchingRealOnes() {
        UUID committee = UUID.randomUUID();
        UUID women = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID keptParent = UUID.randomUUID();
        UUID usedByAModel = UUID.randomUUID();
        UUID usedParent = UUID.randomUUID();
        var generated = List.of(
                new UnitRegistry.GeneratedUnit(
                        committee,
                        new NewUnit(
                                unique("Đảng ủy phường Ba Đình (dữ liệu thử)"),
                                UnitKind.PARTY_COMMITTEE,
                                null,
                                "00004",
                                null)),
                new UnitRegistry.GeneratedUnit(
                        women,
                        new NewUnit("Hội Phụ nữ (dữ liệu thử)", UnitKind.MASS_ORGANISATION, null, "00004", committee)),
                new UnitRegistry.GeneratedUnit(
                        keptParent,
                        new NewUnit(unique("Đảng ủy xã (dữ liệu thử)"), UnitKind.PARTY_COMMITTEE, null, "00070", null)),
                new UnitRegistry.GeneratedUnit(
                        kept,
                        new NewUnit("Thôn 1 (dữ liệu thử)", UnitKind.RESIDENTIAL_GROUP, null, "00070", keptParent)),
                new UnitRegistry.GeneratedUnit(
                        usedParent,
                        new NewUnit(
                                unique("Đảng ủy xã khác (dữ liệu thử)"),
                                UnitKind.PARTY_COMMITTEE,
                                null,
                                "00070",
                                null)),
                new UnitRegistry.GeneratedUnit(
                        usedByAModel,
                        new NewUnit("Thôn 2 (dữ liệu thử)", UnitKind.RESIDENTIAL_GROUP, null, "00070", usedParent)));
        Unit real = units.register(new NewUnit(unique("Đảng ủy thật"), UnitKind.PARTY_COMMITTEE, null, "00004", null));

        assertThat(units.registerGenerated("seed-1", generated)).isEqualTo(6);
        assertThat(units.registerGenerated("seed-2", generated))
                .as("a second run finds them")
                .isZero();
        assertThat(units.find(women))
                .hasValueSatisfying(unit -> assertThat(unit.scope()).isEqualTo(new Scope("01", "00004")));
        assertThat(jdbc.sql("SELECT count(*) FROM accounts.unit WHERE seed_run = 'seed-1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThatThrownBy(() -> units.registerGenerated(
                        "seed-1",
                        List.of(new UnitRegistry.GeneratedUnit(
                                UUID.randomUUID(),
                                new NewUnit(
                                        "Chi bộ xa (dữ liệu thử)", UnitKind.PARTY_CELL, null, "27154", committee)))))
                .isInstanceOf(InvalidUnitException.class)
                .hasMessageContaining("phải ở trong địa bàn của đơn vị cấp trên");
        directory.open(new NewAccount(unique("thon"), "Thôn", PASSWORD, Role.CONTRIBUTOR, kept, null, null, null));

        assertThat(units.removeGenerated(List.of(usedByAModel))).isEqualTo(2);
        assertThat(units.find(committee)).isEmpty();
        assertThat(units.find(women)).isEmpty();
        assertThat(units.find(kept)).as("an account belongs to it").isPresent();
        assertThat(units.find(keptParent)).as("its child is kept").isPresent();
        assertThat(units.find(usedByAModel)).as("a real model names it").isPresent();
        assertThat(units.find(usedParent)).as("its child is kept").isPresent();
        assertThat(units.find(real.id())).isPresent();
    }

    @Test
    void twoCellsOfOneNameAreTwoUnitsAndTheirContributorsColleaguesOfTheirOwnOnly() {
        String name = unique("Chi bộ khu phố 1");
        Unit here = units.register(new NewUnit(name, UnitKind.PARTY_CELL, null, "00004", null));
        Unit there = units.register(new NewUnit(name, UnitKind.PARTY_CELL, null, "00070", null));
        Account a = directory.open(
                new NewAccount(unique("a"), "A", PASSWORD, Role.CONTRIBUTOR, here.id(), null, null, null));
        Account b = directory.open(
                new NewAccount(unique("b"), "B", PASSWORD, Role.CONTRIBUTOR, there.id(), null, null, null));

        assertThat(a.scope()).as("a contributor acts in the unit's locality").isEqualTo(here.scope());
        assertThat(directory.colleagues(here.id())).containsExactly(a);
        assertThat(directory.colleagues(there.id())).containsExactly(b);
        assertThat(directory.find(a.id()))
                .hasValueSatisfying(found -> assertThat(found.unitName()).isEqualTo(name));
    }

    @Test
    void theFirstAdministratorChoosesAPasswordThroughALinkThatWorksOnce() {
        FirstAdministrator.Created created = firstAdministrator.create("Nguyen.Quan-Tri@example.vn");

        assertThat(created.account().username()).isEqualTo("nguyen.quan-tri");
        assertThat(created.account().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(jdbc.sql("SELECT count(*) FROM accounts.password_link WHERE token_hash = :token")
                        .param("token", created.token())
                        .query(Integer.class)
                        .single())
                .as("only the token's hash is stored")
                .isZero();
        assertThatThrownBy(() -> links.choosePassword(created.token(), "ngan"))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("ít nhất 12 ký tự");
        links.choosePassword(created.token(), PASSWORD);

        var credentials = directory.credentials("nguyen.quan-tri@example.vn").orElseThrow();
        assertThat(passwords.matches(PASSWORD, credentials.passwordHash())).isTrue();
        assertThat(links.holder(created.token())).as("a link works once").isEmpty();
        assertThatThrownBy(() -> links.choosePassword(created.token(), PASSWORD + "-khac"))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("đã được dùng hoặc đã hết hạn");
        assertThatThrownBy(() -> firstAdministrator.create("ke-khac@example.vn"))
                .as("once an administrator exists, the command cannot make another")
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("Đã có quản trị viên");
    }

    @Test
    void repeatedFailuresLockOnlyTheGuessingAddressOutOfThatUsername() {
        String username = unique("doan");
        String address = "203.0.113." + (int) (Math.random() * 200);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserveAttempt(username, address).block()).isEmpty();
        }

        assertThat(throttle.reserveAttempt(username.toUpperCase(), address).block())
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        assertThat(throttle.reserveAttempt(username, "198.51.100.1").block())
                .as("the owner elsewhere")
                .isEmpty();
        assertThat(throttle.reserveAttempt(unique("khac"), address).block())
                .as("another username from the guessing address")
                .isEmpty();
    }

    @Test
    void whileManyAddressesGuessAUsernameOnlyItsKnownAddressesGetThrough() {
        String username = unique("nhieu-noi");
        throttle.succeeded(username, "198.51.100.9").block();
        for (int i = 0; i < 6; i++) {
            assertThat(throttle.reserveAttempt(username, "192.0.2." + i).block())
                    .isEmpty();
        }

        assertThat(throttle.reserveAttempt(username, "192.0.2.99").block()).isPresent();
        assertThat(throttle.reserveAttempt(username, "198.51.100.9").block())
                .as("where the owner signed in before")
                .isEmpty();
    }

    @Test
    void anUnknownUsernameCostsTheSameHashCheckAsAKnownOne() {
        UserDetails stranger = signIn.findByUsername(unique("khong-co")).block();
        UserDetails impossible =
                signIn.findByUsername("x".repeat(81) + "\u0000").block();

        assertThat(stranger.getPassword()).startsWith("{argon2}$argon2id$");
        assertThat(passwords.matches(PASSWORD, stranger.getPassword())).isFalse();
        assertThat(impossible.getPassword()).isEqualTo(stranger.getPassword());
        assertThat(throttle.reserveAttempt("x".repeat(81) + "\u0000", "192.0.2.200")
                        .block())
                .isEmpty();
    }

    @Test
    void parallelGuessesCannotOutrunTheCount() throws Exception {
        String username = unique("song-song");
        var guesses = java.util.concurrent.Executors.newFixedThreadPool(8);
        var start = new java.util.concurrent.CountDownLatch(1);
        var outcomes = new java.util.ArrayList<java.util.concurrent.Future<java.util.Optional<Duration>>>();
        for (int i = 0; i < 24; i++) {
            String address = "192.0.2." + i;
            outcomes.add(guesses.submit(() -> {
                start.await();
                return throttle.reserveAttempt(username, address).block();
            }));
        }
        start.countDown();
        int allowed = 0;
        for (var outcome : outcomes) {
            allowed += outcome.get().isEmpty() ? 1 : 0;
        }
        guesses.shutdown();

        assertThat(allowed).as("attempts let through to the password check").isEqualTo(6);
    }

    private static NewAccount contributor(String username, String commune, String province) {
        return new NewAccount(username, "Nguyễn Văn A", PASSWORD, Role.CONTRIBUTOR, cell, province, commune, null);
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
