package vn.danvankheo.recognition;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Editor;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/** The people and models of a test: accounts opened for real, models registered in the real catalog. */
final class Participants {

    static final String PASSWORD = "mat-khau-du-dai-2026";

    private final AccountDirectory accounts;
    private final ModelCatalog models;

    Participants(AccountDirectory accounts, ModelCatalog models) {
        this.accounts = accounts;
        this.models = models;
    }

    Account contributor(String unitName) {
        return accounts.open(new NewAccount(
                unique("ctv"), "Cộng tác viên " + unitName, PASSWORD, Role.CONTRIBUTOR, unitName, "01", "00004", null));
    }

    /** A grassroots committee sits in one commune: Ba Đình in Hà Nội, Thủ Dầu Một in Hồ Chí Minh City. */
    Account committee(CommitteeLevel level, String provinceCode, String name) {
        String commune = level != CommitteeLevel.GRASSROOTS ? null : "01".equals(provinceCode) ? "00004" : "25747";
        return accounts.open(new NewAccount(
                unique("hd"), name, PASSWORD, Role.COMMITTEE_MEMBER, null, provinceCode, commune, level));
    }

    Account administrator() {
        return accounts.open(
                new NewAccount(unique("qtv"), "Quản trị viên", PASSWORD, Role.ADMINISTRATOR, null, null, null, null));
    }

    /** A collective's model of Phường Ba Đình, Hà Nội, with one photo to show as evidence. */
    ModelView model(String unitName, int yearStarted) {
        return model(unitName, unitName, OwnerKind.COLLECTIVE, yearStarted);
    }

    ModelView model(String unitName, String ownerName, OwnerKind ownerKind, int yearStarted) {
        return models.register(
                new NewModel(
                        unique("mo-hinh"),
                        "Bữa cơm nghĩa tình " + UUID.randomUUID().toString().substring(0, 6),
                        ownerName,
                        ownerKind,
                        unitName,
                        Field.CULTURE_SOCIETY_PEOPLE,
                        new NewModel.Location(21.0368, 105.8342, "00004"),
                        yearStarted,
                        "Mỗi tuần 300 suất cơm cho người bệnh khó khăn.",
                        "Đoạn thứ nhất.",
                        List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Phát cơm", "Ảnh: chi bộ"))),
                Editor.PLATFORM);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
