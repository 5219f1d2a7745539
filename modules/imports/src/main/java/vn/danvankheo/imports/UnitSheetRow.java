package vn.danvankheo.imports;

import java.util.List;

/**
 * One row of a unit spreadsheet as the dry run read it.
 *
 * @param number the row number the person sees in their spreadsheet
 * @param locality where the unit will be, as people read it; empty when the row has a problem there
 * @param problems what stops the row from being imported, in Vietnamese; empty when it can be
 */
public record UnitSheetRow(
        int number, String name, String kind, String parent, String locality, List<String> problems) {

    public UnitSheetRow {
        problems = List.copyOf(problems);
    }
}
