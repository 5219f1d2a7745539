package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header below the title rows Vietnamese spreadsheets open with ("ĐẢNG BỘ ...", "BẢN TỔNG HỢP ĐĂNG KÝ ..."): the
 * row among the first ones whose cells name the most known columns, at least two of them. A second header row under
 * merged cells ("Tọa độ" over "Vĩ độ" and "Kinh độ") names the columns it has a cell for.
 *
 * @param number the header row's number as the spreadsheet shows it
 * @param headers each column's header, from the second header row where it has one
 * @param firstData the index of the first row below the header
 */
record HeaderRow(int number, List<String> headers, int firstData) {

    static final int ROWS_SEARCHED = 30;
    private static final int FEWEST_KNOWN_HEADERS = 2;

    static Optional<HeaderRow> find(List<SheetRow> rows) {
        int best = -1;
        long bestCount = FEWEST_KNOWN_HEADERS - 1;
        for (int i = 0; i < Math.min(rows.size(), ROWS_SEARCHED); i++) {
            long known = knownTargets(rows.get(i));
            if (known > bestCount) {
                best = i;
                bestCount = known;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        SheetRow header = rows.get(best);
        if (best + 1 < rows.size() && isSubHeader(rows.get(best + 1))) {
            return Optional.of(new HeaderRow(header.number(), combined(header, rows.get(best + 1)), best + 2));
        }
        return Optional.of(new HeaderRow(header.number(), header.cells(), best + 1));
    }

    private static long knownTargets(SheetRow row) {
        return row.cells().stream()
                .map(HeaderText::of)
                .map(HeaderText::target)
                .flatMap(Optional::stream)
                .distinct()
                .count();
    }

    /** Every cell it has names a known column: it cannot be a model, which has a name nobody uses as a header. */
    private static boolean isSubHeader(SheetRow row) {
        return row.filledCells() > 0
                && row.cells().stream()
                        .filter(cell -> !cell.isBlank())
                        .allMatch(cell -> HeaderText.of(cell).target().isPresent());
    }

    private static List<String> combined(SheetRow header, SheetRow sub) {
        List<String> headers = new ArrayList<>();
        for (int column = 0;
                column < Math.max(header.cells().size(), sub.cells().size());
                column++) {
            headers.add(sub.cell(column).isEmpty() ? header.cell(column) : sub.cell(column));
        }
        return headers;
    }
}
