package vn.danvankheo.imports;

/** A unit spreadsheet with problems in some rows: nothing was imported, and the review says what to fix where. */
public class UnitSheetRejectedException extends InvalidImportFileException {

    private final transient UnitSheetReview review;

    public UnitSheetRejectedException(UnitSheetReview review) {
        super(
                review.rows().isEmpty()
                        ? "Tệp không có dòng đơn vị nào dưới dòng tiêu đề."
                        : "Có " + review.rowsWithProblems() + " dòng cần sửa; chưa nhập đơn vị nào.");
        this.review = review;
    }

    public UnitSheetReview review() {
        return review;
    }
}
