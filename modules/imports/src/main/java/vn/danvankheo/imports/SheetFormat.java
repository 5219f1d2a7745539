package vn.danvankheo.imports;

import java.util.List;

/** The file's format, told by its first bytes rather than its name, which people change freely. */
public enum SheetFormat {
    XLSX,
    CSV;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static SheetFormat of(byte[] content) {
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw new InvalidImportFileException("Tệp Excel 97-2003 (.xls) chưa được nhận. Hãy mở tệp và lưu lại dưới"
                    + " dạng \"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\".");
        }
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                throw new InvalidImportFileException("Tệp không phải bảng tính .xlsx hoặc .csv.");
            }
        }
        return CSV;
    }

    List<SheetRow> read(byte[] content, int maxRows) {
        return this == XLSX ? XlsxSheet.read(content, maxRows) : CsvSheet.read(content, maxRows);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
