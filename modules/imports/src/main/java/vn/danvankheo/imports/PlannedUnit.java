package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.accounts.ImportedUnit;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitKind;

/** A row on its way to becoming a unit, filled in by the checks in turn. */
final class PlannedUnit {

    final int number;
    final String name;
    final String kindText;
    final String parentText;
    final List<String> problems = new ArrayList<>();
    UnitKind kind;
    Scope ownScope;
    Scope scope;
    PlannedUnit fileParent;
    Unit recordedParent;
    int depth;

    PlannedUnit(int number, String name, String kindText, String parentText) {
        this.number = number;
        this.name = name;
        this.kindText = kindText;
        this.parentText = parentText;
    }

    int depth() {
        return depth;
    }

    NewUnit newUnit() {
        UUID parentId = recordedParent == null ? null : recordedParent.id();
        return new NewUnit(name, kind, scope.provinceCode(), scope.communeCode(), parentId);
    }

    ImportedUnit imported() {
        return new ImportedUnit(
                String.valueOf(number),
                newUnit(),
                recordedParent == null ? null : recordedParent.id(),
                fileParent == null ? null : String.valueOf(fileParent.number));
    }
}
