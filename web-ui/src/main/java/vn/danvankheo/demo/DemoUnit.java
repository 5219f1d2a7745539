package vn.danvankheo.demo;

import java.util.UUID;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.UnitKind;

/**
 * One entry of data/demo/units.json: the demo models' units under their commune party committees, and the city party
 * agencies' committee of seed 000 with its subordinate organisations. {@code parent} names another entry's key.
 */
record DemoUnit(String key, String name, UnitKind kind, String provinceCode, String communeCode, String parent) {

    NewUnit toNewUnit(UUID parentId) {
        return new NewUnit(name, kind, provinceCode, communeCode, parentId);
    }
}
