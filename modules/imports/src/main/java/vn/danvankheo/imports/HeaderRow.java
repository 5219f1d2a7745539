package vn.danvankheo.imports;

import java.util.List;
import java.util.Optional;

/**
 * Finds the header row below the title rows Vietnamese spreadsheets open with ("ĐẢNG BỘ ...", "BẢN TỔNG HỢP ĐĂNG
 * KÝ ..."): the row among the first ones whose cells name the most known columns, at least two of them.
 */
final class HeaderRow {

    static final int ROWS_SEARCHED = 30;
    private static final int FEWEST_KNOWN_HEADERS = 2;

    private HeaderRow() {}

    /** @return the header row's index in {@code rows} */
    static Optional<Integer> find(List<SheetRow> rows) {
        int best = -1;
        long bestCount = FEWEST_KNOWN_HEADERS - 1;
        for (int i = 0; i < Math.min(rows.size(), ROWS_SEARCHED); i++) {
            long known = rows.get(i).cells().stream()
                    .map(HeaderText::of)
                    .map(HeaderText::target)
                    .flatMap(Optional::stream)
                    .distinct()
                    .count();
            if (known > bestCount) {
                best = i;
                bestCount = known;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }
}
