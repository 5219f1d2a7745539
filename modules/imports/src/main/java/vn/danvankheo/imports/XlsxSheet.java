package vn.danvankheo.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX file as a stream of rows (SAX), so a large sheet is never held as a POI
 * workbook. Macro-enabled workbooks are refused, and so are zip bombs: POI's {@link ZipSecureFile} limits, set here
 * for the whole process, stop an entry that inflates past 100 MB or more than 100 times its packed size.
 */
final class XlsxSheet {

    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final Pattern MACROS = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);
    private static final int MAX_COLUMNS = 100;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private XlsxSheet() {}

    static List<SheetRow> read(byte[] content, int maxRows) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            if (!workbook.getPartsByName(MACROS).isEmpty()) {
                throw new InvalidImportFileException(
                        "Bảng tính có macro (.xlsm) không được nhận. Hãy lưu lại dưới dạng \"Excel Workbook (.xlsx)\".");
            }
            XSSFReader reader = new XSSFReader(workbook);
            Rows rows = new Rows(maxRows);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidImportFileException("Bảng tính không có trang tính nào.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook),
                        rows,
                        new DayFirstDates(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (InvalidImportFileException e) {
            throw e;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser for XLSX sheets", e);
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | POIXMLException
                | OpenXML4JRuntimeException
                | UnsupportedFileFormatException e) {
            throw new InvalidImportFileException(
                    "Không đọc được tệp Excel: tệp hỏng, được bảo vệ bằng mật khẩu, hoặc nén bất thường. Hãy mở và"
                            + " lưu lại dưới dạng \"Excel Workbook (.xlsx)\".",
                    e);
        }
    }

    /**
     * Dates as Vietnamese write them (15/02/2026) whatever the cell's format code says: "m/d/yy" would turn 15
     * February into 2/15/26, which reads as a different date here. Numbers keep a dot for the decimals.
     */
    private static final class DayFirstDates extends DataFormatter {

        private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        DayFirstDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DAY_FIRST);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows = new ArrayList<>();
        private final int maxRows;
        private List<String> cells;
        private int number;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rows.size() >= SheetLimits.rowsToRead(maxRows)) {
                throw SheetLimits.tooManyRows(maxRows);
            }
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SheetRow(number, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
