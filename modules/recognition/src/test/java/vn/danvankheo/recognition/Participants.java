package vn.danvankheo.recognition;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/** The people and models of a test: accounts opened for real, models registered in the real catalog. */
final class Participants {

    static final String PASSWORD = "mat-khau-du-dai-2026";

    private final AccountDirectory accounts;
    private final ModelWrites writes;
    private final UnitRegistry units;

    Participants(AccountDirectory accounts, ModelWrites writes, UnitRegistry units) {
        this.accounts = accounts;
        this.writes = writes;
        this.units = units;
    }

    /** A party committee of Hà Nội that organises campaigns; the units answering to it are the ones they count. */
    Unit organiser() {
        return units.register(
                new NewUnit(unique("Đảng ủy Các cơ quan đảng thành phố"), UnitKind.PARTY_COMMITTEE, "01", null, null));
    }

    /** A unit of Phường Ba Đình, Hà Nội, answering to the organiser. */
    Unit unit(String name, Unit organiser) {
        return units.register(new NewUnit(name, UnitKind.PARTY_CELL, "01", "00004", organiser.id()));
    }

    Account contributor(Unit unit) {
        return accounts.open(new NewAccount(
                unique("ctv"),
                "Cộng tác viên " + unit.name(),
                PASSWORD,
                Role.CONTRIBUTOR,
                unit.id(),
                "01",
                "00004",
                null));
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
    ModelView model(Unit unit, int yearStarted) {
        return model(unit, unit.name(), OwnerKind.COLLECTIVE, yearStarted);
    }

    ModelView model(Unit unit, String ownerName, OwnerKind ownerKind, int yearStarted) {
        return writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                unique("mo-hinh"),
                                unit.id(),
                                new ModelProfile(
                                        "Bữa cơm nghĩa tình "
                                                + UUID.randomUUID().toString().substring(0, 6),
                                        ownerName,
                                        ownerKind,
                                        Field.CULTURE_SOCIETY_PEOPLE,
                                        yearStarted,
                                        "Mỗi tuần 300 suất cơm cho người bệnh khó khăn.",
                                        "Đoạn thứ nhất."),
                                new ModelLocation(21.0368, 105.8342, "00004"),
                                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Phát cơm", "Ảnh: chi bộ")),
                                null,
                                null))
                .block();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
