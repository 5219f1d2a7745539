package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTests {

    private static final List<String> ANNEX_HEADERS = List.of(
            "STT",
            "Tên mô hình",
            "Đơn vị/tập thể/cá nhân thực hiện",
            "Lĩnh vực",
            "Xã/phường/đặc khu",
            "Tỉnh/thành phố",
            "Thời gian thực hiện",
            "Mô hình mới/tiếp tục",
            "Nội dung, mục tiêu",
            "Kết quả thực hiện",
            "Vĩ độ",
            "Kinh độ",
            "Ghi chú");

    @Test
    void findsTheHeaderRowBelowTheTitles() {
        List<SheetRow> rows = List.of(
                new SheetRow(1, List.of("ĐẢNG BỘ PHƯỜNG BA ĐÌNH", "", "ĐẢNG CỘNG SẢN VIỆT NAM")),
                new SheetRow(2, List.of("BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2026")),
                new SheetRow(3, List.of("(Kèm theo Kế hoạch số 12-KH/ĐU)")),
                new SheetRow(4, ANNEX_HEADERS),
                new SheetRow(5, List.of("(1)", "(2)", "(3)")));

        HeaderRow header = HeaderRow.find(rows).orElseThrow();

        assertThat(header.number()).isEqualTo(4);
        assertThat(header.headers()).isEqualTo(ANNEX_HEADERS);
        assertThat(header.firstData())
                .as("the column numbers are data, left to be skipped")
                .isEqualTo(4);
        assertThat(HeaderRow.find(rows.subList(0, 3))).isEmpty();
    }

    @Test
    void aSecondHeaderRowUnderMergedCellsNamesItsColumns() {
        List<SheetRow> rows = List.of(
                new SheetRow(1, List.of("BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2026")),
                new SheetRow(2, List.of("STT", "Tên mô hình", "Xã/phường/đặc khu", "Tọa độ", "")),
                new SheetRow(3, List.of("", "", "", "Vĩ độ", "Kinh độ")),
                new SheetRow(4, List.of("1", "Sân chơi", "Ba Đình", "21.03", "105.83")));

        HeaderRow header = HeaderRow.find(rows).orElseThrow();

        assertThat(header.number()).isEqualTo(2);
        assertThat(header.headers()).containsExactly("STT", "Tên mô hình", "Xã/phường/đặc khu", "Vĩ độ", "Kinh độ");
        assertThat(header.firstData()).isEqualTo(3);
    }

    @Test
    void proposesATargetForEveryAnnexHeaderWithOrWithoutDiacritics() {
        assertThat(ColumnMapping.propose(ANNEX_HEADERS).columns())
                .extracting(ImportReport.Column::target)
                .containsExactly(
                        ImportTarget.ROW_NUMBER,
                        ImportTarget.NAME,
                        ImportTarget.OWNER,
                        ImportTarget.FIELD,
                        ImportTarget.COMMUNE,
                        ImportTarget.PROVINCE,
                        ImportTarget.START,
                        ImportTarget.CONTINUATION,
                        ImportTarget.SUMMARY,
                        ImportTarget.RESULTS,
                        ImportTarget.LATITUDE,
                        ImportTarget.LONGITUDE,
                        ImportTarget.NOTE);
        assertThat(ColumnMapping.propose(List.of("TEN MO HINH", "Don vi thuc hien", "Nam bat dau", "Toa do"))
                        .columns())
                .extracting(ImportReport.Column::target)
                .containsExactly(ImportTarget.NAME, ImportTarget.OWNER, ImportTarget.START, ImportTarget.COORDINATES);
    }

    @Test
    void reportsRequiredTargetsNoColumnHolds() {
        ColumnMapping mapping = ColumnMapping.propose(List.of("STT", "Tên mô hình", "Ghi chú"));

        assertThat(mapping.missingRequired())
                .containsExactly(ImportTarget.START, ImportTarget.OWNER, ImportTarget.FIELD, ImportTarget.COMMUNE);
    }

    @Test
    void anOverrideMovesATargetAndCanIgnoreAColumn() {
        List<String> headers = List.of("Tên MH", "Người phụ trách", "Đơn vị thực hiện", "Ghi chú");
        Map<String, String> given = new LinkedHashMap<>();
        given.put("ten mh", "name");
        given.put("Người phụ trách", "OWNER");
        given.put("Ghi chú", "");
        List<ImportReport.Problem> problems = new ArrayList<>();

        ColumnMapping mapping = ColumnMapping.propose(headers).override(given, problems);

        assertThat(problems).isEmpty();
        assertThat(mapping.columnOf(ImportTarget.NAME)).contains(0);
        assertThat(mapping.columnOf(ImportTarget.OWNER)).contains(1);
        assertThat(mapping.has(ImportTarget.NOTE)).isFalse();
        assertThat(mapping.columns())
                .extracting(ImportReport.Column::target)
                .containsExactly(ImportTarget.NAME, ImportTarget.OWNER, null, null);
    }

    @Test
    void anOverrideNamingNoHeaderOrNoTargetIsReported() {
        List<ImportReport.Problem> problems = new ArrayList<>();

        ColumnMapping.propose(List.of("Tên mô hình", "Xã"))
                .override(Map.of("Địa chỉ", "COMMUNE", "Xã", "VILLAGE"), problems);

        assertThat(problems)
                .extracting(ImportReport.Problem::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Cột \"Địa chỉ\" trong phần ghép cột không có ở dòng tiêu đề của tệp."))
                .anySatisfy(message ->
                        assertThat(message).startsWith("Không có trường \"VILLAGE\" để ghép với cột \"Xã\"."));
    }
}
