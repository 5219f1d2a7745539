package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.NewModelCheck;
import vn.danvankheo.imports.ImportReport.Problem;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.places.coordinates.CoordinateReader;

/**
 * One dry run of one file for one account: reads every data row, reports every problem it has (not only the first),
 * and keeps the rows that can be registered. Blocking (JDBC); not shared between runs, since it remembers communes
 * and names already seen in the file.
 */
final class AnnexReview {

    /** The row of column numbers printed under many headers: "(1) (2) (3)" or "1 2 3". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    /** "Tổng cộng: 12 mô hình" under the table. */
    private static final Pattern TOTAL = Pattern.compile("tong (cong|so)\\b");

    private final RowRules rules;
    private final int maxRows;

    AnnexReview(
            Account account,
            WritePolicy policy,
            ModelCatalog catalog,
            NewModelCheck modelCheck,
            AdminUnits units,
            LocalityResolver localities,
            CoordinateReader coordinates,
            int maxRows) {
        this.rules = new RowRules(
                account,
                policy,
                catalog,
                modelCheck,
                units,
                localities,
                coordinates,
                new CommuneNames(units),
                modelCheck.latestYear(),
                new HashMap<>());
        this.maxRows = maxRows;
    }

    /** The report, and the models to register when it has no error. */
    record Outcome(ImportReport report, List<ImportedModel> models) {}

    Outcome review(ImportFile file, Map<String, String> givenMapping) {
        SheetFormat format = SheetFormat.of(file.content());
        List<SheetRow> rows = format.read(file.content(), maxRows);
        List<Problem> problems = new ArrayList<>();
        if (rules.account().unitId() == null) {
            problems.add(Problem.file("Tài khoản của bạn không thuộc cơ quan, đơn vị nào, nên không thể đứng tên đăng"
                    + " ký các mô hình trong tệp. Hãy dùng tài khoản của đơn vị đăng ký."));
        }
        Optional<HeaderRow> found = HeaderRow.find(rows);
        if (found.isEmpty()) {
            problems.add(Problem.file("Không tìm thấy dòng tiêu đề trong " + HeaderRow.ROWS_SEARCHED
                    + " dòng đầu của tệp. Dòng tiêu đề cần có các cột như \"Tên mô hình\", \"Đơn vị/tập thể/cá nhân"
                    + " thực hiện\", \"Lĩnh vực\", \"Xã/phường/đặc khu\", \"Thời gian bắt đầu\"."));
            return new Outcome(
                    ImportReport.of(file.fileName(), format, null, List.of(), List.of(), List.of(), problems),
                    List.of());
        }
        HeaderRow header = found.get();
        ColumnMapping mapping = ColumnMapping.propose(header.headers()).override(givenMapping, problems);
        List<ImportTarget> missing = List.copyOf(mapping.missingRequired());
        missing.forEach(target -> problems.add(Problem.file("Chưa có cột nào được ghép với \"" + target.labelVi()
                + "\" (" + target.name() + "), là thông tin bắt buộc. Hãy ghép một cột của tệp với trường này.")));
        List<SheetRow> data = rows.subList(header.firstData(), rows.size()).stream()
                .filter(AnnexReview::holdsData)
                .toList();
        if (data.size() > maxRows) {
            throw SheetLimits.tooManyRows(maxRows);
        }
        if (data.isEmpty()) {
            problems.add(Problem.file("Không có dòng dữ liệu nào dưới dòng tiêu đề (dòng " + header.number() + ")."));
        }
        List<ImportReport.Row> reported = new ArrayList<>();
        List<ImportedModel> models = new ArrayList<>();
        for (SheetRow row : data) {
            RowCheck check = new RowCheck(row, mapping, rules);
            check.run().ifPresent(models::add);
            problems.addAll(check.problems());
            reported.add(check.summary());
        }
        ImportReport report = ImportReport.of(
                file.fileName(), format, header.number(), mapping.columns(), missing, reported, problems);
        return new Outcome(report, report.committable() ? models : List.of());
    }

    /** Blank rows, column numbers, totals, and one-cell lines (signatures) below the table are not models. */
    private static boolean holdsData(SheetRow row) {
        if (row.filledCells() <= 1) {
            return false;
        }
        List<String> filled = row.cells().stream()
                .map(String::strip)
                .filter(cell -> !cell.isEmpty())
                .toList();
        return !filled.stream().allMatch(cell -> COLUMN_NUMBER.matcher(cell).matches())
                && !TOTAL.matcher(VietnameseText.fold(filled.get(0))).lookingAt();
    }
}
