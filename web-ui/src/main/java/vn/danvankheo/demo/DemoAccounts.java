package vn.danvankheo.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;

/**
 * One account per role for trying the site with the demo data, in the units and localities of the demo models. Exists
 * only with {@code dvk.demo.enabled=true}: a production start never has this bean, so never these accounts and their
 * published password.
 */
@Component
@ConditionalOnProperty(name = "dvk.demo.enabled", havingValue = "true")
public class DemoAccounts {

    /** Published on the sign-in page and in the README: these accounts are for trying the site, nothing else. */
    public static final String PASSWORD = "thu-nghiem-dvk-2026";

    private static final String BAN_CO = "27154";
    private static final String HO_CHI_MINH_CITY = "79";

    private final AccountDirectory accounts;

    DemoAccounts(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    public List<DemoSignIn> signIns() {
        return List.of(
                new DemoSignIn("demo-ctv", "Cộng tác viên của Chi bộ khu phố 3, phường Bàn Cờ"),
                new DemoSignIn("demo-kiem-duyet-tinh", "Người kiểm duyệt Thành phố Hồ Chí Minh"),
                new DemoSignIn("demo-kiem-duyet-xa", "Người kiểm duyệt phường Bàn Cờ"),
                new DemoSignIn("demo-hoi-dong-xa", "Hội đồng cấp cơ sở, phường Bàn Cờ"),
                new DemoSignIn("demo-hoi-dong-tinh", "Hội đồng cấp tỉnh, Thành phố Hồ Chí Minh"),
                new DemoSignIn("demo-hoi-dong-tw", "Hội đồng cấp trung ương"),
                new DemoSignIn("demo-nha-bao", "Nhà báo"),
                new DemoSignIn("demo-quan-tri", "Quản trị viên"));
    }

    /** Opens the accounts not there yet; {@code units} are the demo units by their key in units.json. */
    int open(Map<String, UUID> units) {
        List<NewAccount> wanted = List.of(
                account(
                        "demo-ctv",
                        "Cán bộ Chi bộ khu phố 3",
                        Role.CONTRIBUTOR,
                        units.get("chi-bo-kp-3-ban-co"),
                        null,
                        BAN_CO,
                        null),
                account(
                        "demo-kiem-duyet-tinh",
                        "Kiểm duyệt thành phố",
                        Role.MODERATOR,
                        null,
                        HO_CHI_MINH_CITY,
                        null,
                        null),
                account("demo-kiem-duyet-xa", "Kiểm duyệt phường Bàn Cờ", Role.MODERATOR, null, null, BAN_CO, null),
                account(
                        "demo-hoi-dong-xa",
                        "Hội đồng phường Bàn Cờ",
                        Role.COMMITTEE_MEMBER,
                        null,
                        null,
                        BAN_CO,
                        CommitteeLevel.GRASSROOTS),
                account(
                        "demo-hoi-dong-tinh",
                        "Hội đồng thành phố",
                        Role.COMMITTEE_MEMBER,
                        null,
                        HO_CHI_MINH_CITY,
                        null,
                        CommitteeLevel.PROVINCIAL),
                account(
                        "demo-hoi-dong-tw",
                        "Hội đồng trung ương",
                        Role.COMMITTEE_MEMBER,
                        null,
                        null,
                        null,
                        CommitteeLevel.CENTRAL),
                account("demo-nha-bao", "Nhà báo thử nghiệm", Role.JOURNALIST, null, null, null, null),
                account("demo-quan-tri", "Quản trị thử nghiệm", Role.ADMINISTRATOR, null, null, null, null));
        int opened = 0;
        for (NewAccount account : wanted) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.open(account);
                opened++;
            }
        }
        return opened;
    }

    private static NewAccount account(
            String username, String name, Role role, UUID unit, String province, String commune, CommitteeLevel level) {
        return new NewAccount(username, name, PASSWORD, role, unit, province, commune, level);
    }

    public record DemoSignIn(String username, String what) {}
}
