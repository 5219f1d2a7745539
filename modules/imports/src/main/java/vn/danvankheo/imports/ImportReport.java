package vn.danvankheo.imports;

import java.util.List;
import vn.danvankheo.catalog.Field;

/**
 * What a dry run found: how the columns were read, each data row as it would be registered, and every problem with
 * its row and column. Only a report without errors can be committed; warnings say what was assumed.
 *
 * @param headerRow the header row's number as the spreadsheet shows it; null when none was found
 * @param missingTargets required targets no column holds
 */
public record ImportReport(
        String fileName,
        SheetFormat format,
        Integer headerRow,
        List<Column> columns,
        List<ImportTarget> missingTargets,
        List<Row> rows,
        List<Problem> problems,
        int errorCount,
        int warningCount,
        boolean committable) {

    static ImportReport of(
            String fileName,
            SheetFormat format,
            Integer headerRow,
            List<Column> columns,
            List<ImportTarget> missingTargets,
            List<Row> rows,
            List<Problem> problems) {
        int errors = (int) problems.stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .count();
        return new ImportReport(
                fileName,
                format,
                headerRow,
                List.copyOf(columns),
                List.copyOf(missingTargets),
                List.copyOf(rows),
                List.copyOf(problems),
                errors,
                problems.size() - errors,
                errors == 0 && !rows.isEmpty());
    }

    /** A column of the header row and the target it was mapped to (null: ignored). */
    public record Column(int index, String header, ImportTarget target) {}

    /** A data row as it would be registered; values that could not be read are null. */
    public record Row(
            int row,
            String name,
            String communeCode,
            String communeName,
            Double latitude,
            Double longitude,
            Field field,
            Integer yearStarted,
            boolean hasErrors) {}

    /**
     * @param row the row number as the spreadsheet shows it; null for a problem of the whole file
     * @param column the header of the column concerned, as written in the file; null when no column is
     */
    public record Problem(Integer row, String column, Severity severity, String message) {

        static Problem file(String message) {
            return new Problem(null, null, Severity.ERROR, message);
        }
    }

    public enum Severity {
        ERROR,
        WARNING
    }
}
