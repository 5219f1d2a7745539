package vn.danvankheo.search;

import java.util.UUID;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;

/** The registering unit a test model names, registered once per name and commune like a real unit. */
final class TestUnits {

    private TestUnits() {}

    static UUID of(UnitRegistry units, String name, String communeCode) {
        NewUnit unit = new NewUnit(name, UnitKind.OTHER, null, communeCode, null);
        return units.existing(unit).orElseGet(() -> units.register(unit)).id();
    }
}
