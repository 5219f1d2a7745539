package vn.danvankheo.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Annex-01 spreadsheets as units make them: title rows, then the header, then the models. */
final class AnnexFiles {

    static final List<Object> TITLE = List.of("ĐẢNG BỘ PHƯỜNG BA ĐÌNH", "", "", "ĐẢNG CỘNG SẢN VIỆT NAM");
    static final List<Object> SUBTITLE = List.of("BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2026");

    private AnnexFiles() {}

    /** UTF-8 with a byte-order mark and semicolons, as Excel saves "CSV UTF-8" where a comma is the decimal mark. */
    static ImportFile csv(List<List<Object>> rows) {
        String text = rows.stream()
                .map(row -> row.stream().map(AnnexFiles::csvCell).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return new ImportFile("phu-luc-01.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String csvCell(Object value) {
        String text = String.valueOf(value);
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    /** Strings, numbers, and dates in Excel's built-in "m/d/yy" format, which must still read day first. */
    static ImportFile xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục 01");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (!"".equals(value)) {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return new ImportFile("phu-luc-01.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
