package vn.danvankheo.imports;

import java.util.List;

/** What a unit spreadsheet would import: every row with its problems. Nothing is imported while one has any. */
public record UnitSheetReview(List<UnitSheetRow> rows) {

    public UnitSheetReview {
        rows = List.copyOf(rows);
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    public boolean importable() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
