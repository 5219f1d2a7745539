package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxSheetTests {

    private static final int MAX_ROWS = 100;

    @Test
    void readsTheFirstSheetWithDatesDayFirstAndRowNumbersAsShown() {
        ImportFile file = AnnexFiles.xlsx(List.of(
                AnnexFiles.TITLE,
                List.of(),
                List.of("STT", "Tên mô hình", "Ngày bắt đầu", "Vĩ độ", "", "Mã xã"),
                List.of(1, "Sân chơi cho em", LocalDate.of(2026, 2, 15), 21.03853, "", 4)));

        List<SheetRow> rows = SheetFormat.of(file.content()).read(file.content(), MAX_ROWS);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).cells()).isEmpty();
        assertThat(rows.get(3).cells()).containsExactly("1", "Sân chơi cho em", "15/02/2026", "21.03853", "", "4");
    }

    @Test
    void refusesAWorkbookWithMacros() throws IOException {
        byte[] plain = AnnexFiles.xlsx(List.of(List.of("STT", "Tên mô hình"))).content();
        byte[] withMacros = rezip(
                plain,
                "xl/vbaProject.bin",
                new byte[] {1, 2, 3},
                types -> types.replaceFirst(
                        "<Default ",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "));

        assertThatThrownBy(() -> SheetFormat.of(withMacros).read(withMacros, MAX_ROWS))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessage("Bảng tính có macro (.xlsm) không được nhận. Hãy lưu lại dưới dạng \"Excel Workbook"
                        + " (.xlsx)\".");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] plain = AnnexFiles.xlsx(List.of(List.of("STT", "Tên mô hình"))).content();
        byte[] padding = " ".repeat(20 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = rezip(plain, "xl/padding.xml", padding, UnaryOperator.identity());

        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> SheetFormat.of(bomb).read(bomb, MAX_ROWS))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("nén bất thường")
                .hasStackTraceContaining("Zip bomb detected");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] notAWorkbook = out.toByteArray();

        assertThatThrownBy(() -> SheetFormat.of(notAWorkbook).read(notAWorkbook, MAX_ROWS))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessageStartingWith("Không đọc được tệp Excel");
    }

    @Test
    void refusesTheOlderExcelFormatWithWhatToDo() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> SheetFormat.of(xls))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("Excel Workbook (.xlsx)");
    }

    /** The same package with one more entry, and its content types changed as given. */
    private static byte[] rezip(byte[] xlsx, String extraName, byte[] extra, UnaryOperator<String> contentTypes)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = contentTypes
                            .apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(extraName));
            zip.write(extra);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
