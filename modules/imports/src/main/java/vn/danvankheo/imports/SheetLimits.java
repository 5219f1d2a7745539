package vn.danvankheo.imports;

import java.text.NumberFormat;
import java.util.Locale;

/** The messages for files past the limits, written once so that CSV and XLSX say the same. */
final class SheetLimits {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Rows above the data (titles, the header, the column numbers) that do not count against the limit. */
    private static final int ROWS_ABOVE_DATA = 30;

    private SheetLimits() {}

    /** How many rows a reader takes before it stops: the data limit plus room for the rows above the data. */
    static int rowsToRead(int maxRows) {
        return maxRows + ROWS_ABOVE_DATA;
    }

    static InvalidImportFileException tooManyRows(int maxRows) {
        return new InvalidImportFileException("Tệp có quá nhiều dòng: mỗi lần nhập được tối đa "
                + NumberFormat.getIntegerInstance(VIETNAMESE).format(maxRows)
                + " dòng. Hãy chia tệp thành nhiều phần.");
    }

    static InvalidImportFileException tooLarge(long maxBytes) {
        return new InvalidImportFileException("Tệp quá lớn: mỗi tệp nhập tối đa " + maxBytes / (1024 * 1024)
                + " MB. Hãy chia tệp thành nhiều phần hoặc bỏ ảnh, hình vẽ khỏi bảng tính.");
    }
}
