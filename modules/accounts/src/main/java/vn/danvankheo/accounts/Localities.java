package vn.danvankheo.accounts;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.UnitLevel;

/** Turns the province and commune codes someone typed into a scope, checked against the official list of units. */
@Component
class Localities {

    private final AdminUnits units;

    Localities(AdminUnits units) {
        this.units = units;
    }

    /** A commune alone is enough: its province is looked up. Both blank means nationwide. */
    Scope scope(String provinceCode, String communeCode, Function<String, RuntimeException> refusal) {
        String province = blankToNull(provinceCode);
        String commune = blankToNull(communeCode);
        if (commune != null) {
            AdminUnit unit = units.current(commune)
                    .filter(found -> found.level() == UnitLevel.COMMUNE)
                    .orElseThrow(() -> refusal.apply("Mã xã \"" + commune + "\" không có trong danh mục."));
            if (province != null && !province.equals(unit.provinceCode())) {
                throw refusal.apply(unit.fullName() + " không thuộc tỉnh có mã " + province + ".");
            }
            return new Scope(unit.provinceCode(), commune);
        }
        if (province != null
                && units.current(province)
                        .filter(found -> found.level() == UnitLevel.PROVINCE)
                        .isEmpty()) {
            throw refusal.apply("Mã tỉnh \"" + province + "\" không có trong danh mục.");
        }
        return new Scope(province, null);
    }

    /** The locality's official name, for people to read: "Phường Ba Đình, Thành phố Hà Nội", or "Cả nước". */
    String describe(Scope scope) {
        if (scope.provinceCode() == null) {
            return "Cả nước";
        }
        String province =
                units.current(scope.provinceCode()).map(AdminUnit::fullName).orElse(scope.provinceCode());
        if (scope.communeCode() == null) {
            return province;
        }
        return units.current(scope.communeCode()).map(AdminUnit::fullName).orElse(scope.communeCode()) + ", "
                + province;
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
