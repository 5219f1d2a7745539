package vn.danvankheo.imports;

/** A commit refused because the dry run of the same file and mapping has errors; nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    ImportRejectedException(ImportReport report) {
        super("Tệp còn " + report.errorCount() + " lỗi nên chưa mô hình nào được nhập. Hãy sửa các dòng được nêu rồi"
                + " nhập lại cả tệp.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
