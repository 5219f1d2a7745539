package vn.danvankheo.recognition.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;

/**
 * One annex sheet laid out as units send them on paper: title rows, a header of one or two rows with merged group
 * cells, numbered columns, bordered data rows and a totals row, landscape on A4.
 */
final class AnnexSheet {

    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle plain;
    private final CellStyle italic;
    private final CellStyle header;
    private final CellStyle data;
    private final CellStyle centred;
    private final CellStyle total;
    private int next;

    AnnexSheet(Workbook workbook, String name) {
        sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        title = style(workbook, true, false, HorizontalAlignment.CENTER, false, 13);
        plain = style(workbook, true, false, HorizontalAlignment.CENTER, false, 11);
        italic = style(workbook, false, true, HorizontalAlignment.CENTER, false, 11);
        header = style(workbook, true, false, HorizontalAlignment.CENTER, true, 11);
        data = style(workbook, false, false, HorizontalAlignment.LEFT, true, 11);
        centred = style(workbook, false, false, HorizontalAlignment.CENTER, true, 11);
        total = style(workbook, true, false, HorizontalAlignment.CENTER, true, 11);
    }

    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** The issuing unit on the left, the Party's name on the right, as on every document of the kind. */
    void letterhead(String superior, String unit, String right, int columns) {
        Row first = sheet.createRow(next);
        Row second = sheet.createRow(next + 1);
        int half = columns / 2;
        merged(first, 0, half - 1, superior.toUpperCase(), plain);
        merged(first, half, columns - 1, right, plain);
        merged(second, 0, half - 1, unit.toUpperCase(), plain);
        merged(second, half, columns - 1, "", plain);
        next += 3;
    }

    void title(String text, int columns) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(20);
        merged(row, 0, columns - 1, text, title);
    }

    void subtitle(String text, int columns) {
        merged(sheet.createRow(next++), 0, columns - 1, text, italic);
    }

    void gap() {
        next++;
    }

    Row headerRow() {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(32);
        return row;
    }

    void header(Row row, int column, String text) {
        cell(row, column, text, header);
    }

    /** A header spanning rows or columns; borders drawn on the whole region so the print shows the grid. */
    void header(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        Row row = sheet.getRow(firstRow);
        cell(row, firstColumn, text, header);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (r != firstRow || c != firstColumn) {
                    cell(sheet.getRow(r), c, "", header);
                }
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumn) {
            CellRangeAddress region = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
            sheet.addMergedRegion(region);
            RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
        }
    }

    int nextRowIndex() {
        return next;
    }

    /** The "(1) (2) …" row under the header, by which the documents refer to columns. */
    void columnNumbers(int columns) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns; i++) {
            cell(row, i, "(" + (i + 1) + ")", centred);
        }
    }

    Row dataRow() {
        return sheet.createRow(next++);
    }

    void text(Row row, int column, String text) {
        cell(row, column, text == null ? "" : text, data);
    }

    void mark(Row row, int column, boolean marked) {
        cell(row, column, marked ? "x" : "", centred);
    }

    void number(Row row, int column, Number value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(centred);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    Row totalRow(String label, int labelColumns) {
        Row row = sheet.createRow(next++);
        merged(row, 0, labelColumns - 1, label, total);
        return row;
    }

    void totalNumber(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(total);
        cell.setCellValue(value);
    }

    void blankTotal(Row row, int column) {
        cell(row, column, "", total);
    }

    /** Place, date and who signs, under the table on the right. */
    void signature(String placeAndDate, String signer, int columns) {
        next++;
        Row row = sheet.createRow(next++);
        int half = columns / 2;
        merged(row, half, columns - 1, placeAndDate, italic);
        merged(sheet.createRow(next++), half, columns - 1, signer, plain);
    }

    private void merged(Row row, int first, int last, String text, CellStyle style) {
        cell(row, first, text, style);
        for (int c = first + 1; c <= last; c++) {
            cell(row, c, "", style);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(text);
    }

    private static CellStyle style(
            Workbook workbook,
            boolean bold,
            boolean italic,
            HorizontalAlignment alignment,
            boolean bordered,
            int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
