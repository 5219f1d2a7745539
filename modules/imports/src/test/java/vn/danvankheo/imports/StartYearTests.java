package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartYearTests {

    private static final int LATEST = 2027;

    @ParameterizedTest(name = "\"{0}\" starts in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026|2026",
                "2026.0|2026",
                "Năm 2026|2026",
                "15/02/2026|2026",
                "15-02-2026|2026",
                "15.02.2026|2026",
                "2026-02-15|2026",
                "02/2026|2026",
                "tháng 02/2026|2026",
                "02/2026 - 12/2026|2026",
                "02/2025-12/2026|2025",
                "từ 2025 đến 2027|2025",
                "01/03/2024 – 31/12/2026|2024"
            })
    void readsTheYearAModelStarted(String text, int year) {
        assertThat(StartYear.read(text, LATEST)).isEqualTo(StartYear.Reading.of(year));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31/11/2026|Ngày \"31/11/2026\" không có thật trên lịch.",
                "29/02/2026|Ngày \"29/02/2026\" không có thật trên lịch.",
                "13/2026|Tháng 13 trong \"13/2026\" không có thật.",
                "12/2026 - 02/2026|Thời gian \"12/2026 - 02/2026\" kết thúc trước khi bắt đầu.",
                "2030|Năm bắt đầu 2030 phải từ 1930 đến 2027.",
                "1925|Năm bắt đầu 1925 phải từ 1930 đến 2027.",
                "quý I|Không hiểu thời gian \"quý I\": hãy ghi năm (2026), ngày/tháng/năm (15/02/2026) hoặc tháng/năm"
                        + " (02/2026)."
            })
    void saysWhatIsWrongWithABadDate(String text, String problem) {
        assertThat(StartYear.read(text, LATEST).problem()).isEqualTo(problem);
    }

    @org.junit.jupiter.api.Test
    void anEmptyCellIsMissingNotZero() {
        assertThat(StartYear.read("  ", LATEST).problem())
                .isEqualTo("Chưa ghi thời gian bắt đầu (năm, hoặc ngày/tháng/năm).");
    }
}
