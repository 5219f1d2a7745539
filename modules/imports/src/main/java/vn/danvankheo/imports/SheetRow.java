package vn.danvankheo.imports;

import java.util.List;

/**
 * One row as the spreadsheet shows it.
 *
 * @param number the row number the person sees in their spreadsheet program (CSV: the record's number), from 1
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, stripped; empty for a cell past the end of a short row. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    long filledCells() {
        return cells.stream().filter(cell -> !cell.isBlank()).count();
    }
}
