package vn.danvankheo.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The file an administrator fills in: an empty sheet with the columns the import reads, and one that explains them. */
final class UnitSheetTemplate {

    private UnitSheetTemplate() {}

    static byte[] of(SheetFormat format) {
        if (format == SheetFormat.CSV) {
            return ("\uFEFF"
                            + String.join(
                                    ",",
                                    UnitSheets.HEADERS.stream()
                                            .map(h -> "\"" + h + "\"")
                                            .toList()) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = workbook.createSheet("Đơn vị");
            Row header = units.createRow(0);
            for (int i = 0; i < UnitSheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(UnitSheets.HEADERS.get(i));
                units.setColumnWidth(i, 36 * 256);
            }
            Sheet help = workbook.createSheet("Hướng dẫn");
            List<String> lines = List.of(
                    "Mỗi dòng của trang \"Đơn vị\" là một cơ quan, đơn vị; dòng đầu là tiêu đề, giữ nguyên.",
                    "Loại: một trong " + UnitKindNames.labels() + ".",
                    "Đơn vị cấp trên: tên một đơn vị ở dòng khác của tệp, hoặc tên một đơn vị đã có; để trống nếu"
                            + " không có.",
                    "Tỉnh/thành phố: tên hoặc mã 2 số; Xã/phường/đặc khu: tên hoặc mã 5 số. Để trống cả hai thì"
                            + " đơn vị ở cùng địa bàn với đơn vị cấp trên.",
                    "Ví dụ: \"Đảng ủy phường Ba Đình\" | Cấp ủy, đảng ủy | | Hà Nội | Phường Ba Đình",
                    "Ví dụ: \"Chi bộ khu dân cư số 1\" | Chi bộ | Đảng ủy phường Ba Đình | |",
                    "Tải tệp lên trang Quản trị > Cơ quan, đơn vị, bấm \"Kiểm tra\" để xem lỗi từng dòng, rồi"
                            + " \"Nhập\".");
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the unit template", e);
        }
    }
}
