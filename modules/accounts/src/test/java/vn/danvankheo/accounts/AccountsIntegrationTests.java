package vn.danvankheo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
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
                        new NewAccount(unique("ctv"), "Ngắn", "ngan", Role.CONTRIBUTOR, "Đơn vị", "01", null, null)))
                .hasMessageContaining("ít nhất 12 ký tự");
        assertThatThrownBy(() -> directory.open(new NewAccount(
                        unique("qtv"), "Quản trị", PASSWORD, Role.ADMINISTRATOR, null, "01", null, null)))
                .hasMessageContaining("cả nước");
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
        return new NewAccount(
                username,
                "Nguyễn Văn A",
                PASSWORD,
                Role.CONTRIBUTOR,
                "Chi bộ khu dân cư số 3",
                province,
                commune,
                null);
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
