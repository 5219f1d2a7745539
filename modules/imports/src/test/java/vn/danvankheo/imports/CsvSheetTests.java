package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTests {

    private static final int MAX_ROWS = 100;

    @Test
    void readsSemicolonsWithAByteOrderMarkAndTitleRowsAbove() {
        String text = "\uFEFFĐẢNG BỘ PHƯỜNG BA ĐÌNH;;\r\n"
                + "BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2026;;\r\n"
                + "STT;Tên mô hình;Tọa độ\r\n"
                + "1;Chợ 0 đồng;21,0368; 105,8342\r\n";

        List<SheetRow> rows = CsvSheet.read(text.getBytes(StandardCharsets.UTF_8), MAX_ROWS);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).cells()).containsExactly("ĐẢNG BỘ PHƯỜNG BA ĐÌNH", "", "");
        assertThat(rows.get(2).cells()).containsExactly("STT", "Tên mô hình", "Tọa độ");
        assertThat(rows.get(3).number()).isEqualTo(4);
        assertThat(rows.get(3).cells()).containsExactly("1", "Chợ 0 đồng", "21,0368", " 105,8342");
    }

    @Test
    void readsCommasWithQuotedSeparatorsDoubledQuotesAndLineBreaks() {
        String text = "STT,Tên mô hình,Nội dung\n"
                + "1,\"Mô hình \"\"Dân vận khéo\"\", phường\",\"Dòng một\nDòng hai\"\n"
                + "2,Đường hoa,Trồng hoa";

        List<SheetRow> rows = CsvSheet.read(text.getBytes(StandardCharsets.UTF_8), MAX_ROWS);

        assertThat(rows)
                .extracting(SheetRow::cells)
                .containsExactly(
                        List.of("STT", "Tên mô hình", "Nội dung"),
                        List.of("1", "Mô hình \"Dân vận khéo\", phường", "Dòng một\nDòng hai"),
                        List.of("2", "Đường hoa", "Trồng hoa"));
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3);
    }

    @Test
    void takesTheSeparatorTheHeaderRowHasMostOf() {
        assertThat(CsvSheet.separator("Tiêu đề, có dấu phẩy\nSTT;Tên;Xã;Tỉnh\n"))
                .isEqualTo(';');
        assertThat(CsvSheet.separator("STT,Tên,Xã\n1;2,3\n")).isEqualTo(',');
        assertThat(CsvSheet.separator("STT\tTên\tXã\n")).isEqualTo('\t');
        assertThat(CsvSheet.separator("một cột\n")).isEqualTo(',');
    }

    @Test
    void followsExcelsSeparatorLineAndKeepsRowNumbersAsInTheFile() {
        String text = "sep=;\r\nSTT;Tên mô hình, tên gọi khác\r\n1;Chợ 0 đồng, chợ nhân ái\r\n";

        List<SheetRow> rows = CsvSheet.read(text.getBytes(StandardCharsets.UTF_8), MAX_ROWS);

        assertThat(rows).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(rows.get(1).cells()).containsExactly("1", "Chợ 0 đồng, chợ nhân ái");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] windows1258 = {'S', 'T', 'T', ',', 'T', (byte) 0xEA, 'n'};

        assertThatThrownBy(() -> CsvSheet.read(windows1258, MAX_ROWS))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesMoreRowsThanTheLimitAllows() {
        String text = "STT,Tên\n" + "1,Mô hình\n".repeat(MAX_ROWS + 40);

        assertThatThrownBy(() -> CsvSheet.read(text.getBytes(StandardCharsets.UTF_8), MAX_ROWS))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessage("Tệp có quá nhiều dòng: mỗi lần nhập được tối đa 100 dòng. Hãy chia tệp thành nhiều phần.");
    }
}
