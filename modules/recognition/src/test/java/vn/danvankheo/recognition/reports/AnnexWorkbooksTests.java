package vn.danvankheo.recognition.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.CampaignDeadlines;
import vn.danvankheo.recognition.campaigns.CampaignTargets;
import vn.danvankheo.recognition.campaigns.LatePolicy;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.IndicatorTarget;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationKind;
import vn.danvankheo.recognition.registrations.RegistrationStatus;
import vn.danvankheo.testing.ExternalCommand;

/** The annexes hold the rows and totals a committee expects, and Debian's LibreOffice turns them into PDF. */
class AnnexWorkbooksTests {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final UUID ORGANISER = UUID.randomUUID();
    private static final Unit UNIT_A = unit("Đảng bộ Văn phòng Thành ủy");
    private static final Unit UNIT_B = unit("Chi bộ Báo Đảng thành phố");
    private static final Unit WITHOUT_MODEL = unit("Đảng bộ Ban Tuyên giáo và Dân vận Thành ủy");

    private final AnnexWorkbooks annexes = new AnnexWorkbooks(CLOCK);

    @TempDir
    Path directory;

    @Test
    void theReportCountsEachSubordinateUnitAndNamesTheOneWithoutAModel() {
        assertThat(progress().unitFigures())
                .extracting(
                        UnitFigures::unitName,
                        UnitFigures::registered,
                        UnitFigures::newModels,
                        UnitFigures::continuingModels,
                        UnitFigures::recognised,
                        UnitFigures::nominated,
                        UnitFigures::late)
                .containsExactly(
                        Tuple.tuple(UNIT_A.name(), 2L, 1L, 1L, 1L, 1L, true),
                        Tuple.tuple(WITHOUT_MODEL.name(), 0L, 0L, 0L, 0L, 0L, false),
                        Tuple.tuple(UNIT_B.name(), 1L, 1L, 0L, 0L, 0L, false));
        assertThat(progress().unitFigures().get(1).withoutModel()).isTrue();
    }

    @Test
    void annexOneListsEveryRegistrationWithItsFieldAndKindAndTotals() throws IOException {
        List<List<String>> rows = rowsOf(annexes.annex01(progress(), null));

        assertThat(rows.get(0)).first().isEqualTo("BAN THƯỜNG VỤ ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ");
        assertThat(rows)
                .anySatisfy(row ->
                        assertThat(row).first().isEqualTo("BẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026"));
        List<String> header = rowStartingWith(rows, "STT");
        assertThat(header).contains("Tên mô hình", "Đơn vị/tập thể/cá nhân thực hiện", "Lĩnh vực", "Mô hình");
        List<String> first = rowStartingWith(rows, "1");
        assertThat(first.subList(1, 9))
                .containsExactly(
                        "Bữa cơm nghĩa tình", "Chi đoàn Văn phòng (" + UNIT_A.name() + ")", "", "x", "", "", "x", "");
        assertThat(rowStartingWith(rows, "2").get(11)).isEqualTo("Đăng ký trễ hạn");
        List<String> totals = rowStartingWith(rows, "Tổng cộng: 3 mô hình");
        assertThat(totals.subList(3, 9)).containsExactly("1", "2", "0", "0", "2", "1");
    }

    @Test
    void annexOneOfOneUnitNamesTheUnitAndKeepsOnlyItsModels() throws IOException {
        List<List<String>> rows = rowsOf(annexes.annex01(progress(), UNIT_B.id()));

        assertThat(rows.get(1)).first().isEqualTo(UNIT_B.name().toUpperCase());
        assertThat(rowStartingWith(rows, "Tổng cộng: 1 mô hình")).isNotEmpty();
    }

    @Test
    void annexTwoReportsRecognitionsByLevelTheTargetsAndTheUnitsMissingAModel() throws IOException {
        List<List<String>> rows = rowsOf(annexes.annex02(progress(), null, false));

        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .first()
                        .isEqualTo("BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2026"));
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .first()
                        .asString()
                        .contains("đạt 66% (2/3 đơn vị)")
                        .contains("chưa có mô hình: Đảng bộ Ban Tuyên giáo và Dân vận Thành ủy"));
        List<String> first = rowStartingWith(rows, "1");
        assertThat(first.subList(5, 9))
                .containsExactly("2026, 12-QĐ/ĐU", "2026, 45-QĐ/TU", "", "Được đề nghị lên cấp trên");
        assertThat(rowStartingWith(rows, "3").get(9)).isEqualTo("Chưa lan tỏa");
        assertThat(rowStartingWith(rows, "Tổng cộng: 3 mô hình").subList(5, 8)).containsExactly("1", "1", "0");
        assertThat(rowsOf(annexes.annex02(progress(), null, true)))
                .anySatisfy(row -> assertThat(row).first().asString().contains("06 THÁNG ĐẦU NĂM 2026"));
    }

    @Test
    void bothAnnexesConvertToPdfWithHeadlessLibreOffice() throws Exception {
        Path annex01 = directory.resolve("phu-luc-01.xlsx");
        Path annex02 = directory.resolve("phu-luc-02.xlsx");
        Files.write(annex01, annexes.annex01(progress(), null));
        Files.write(annex02, annexes.annex02(progress(), null, false));

        for (Path workbook : List.of(annex01, annex02)) {
            Path pdf = convert(workbook);
            byte[] content = Files.readAllBytes(pdf);
            String text = new String(content, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF-");
            assertThat(pages(text)).as("pages of " + pdf.getFileName()).isEqualTo(1);
        }
    }

    private Path convert(Path workbook) throws Exception {
        Path profile = Files.createTempDirectory(directory, "lo-profile");
        String output = ExternalCommand.run(
                Duration.ofMinutes(5),
                List.of(
                        System.getProperty("dvk.soffice", "/usr/bin/soffice"),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        directory.toString(),
                        workbook.toString()));
        Path pdf = directory.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).as(output).exists();
        return pdf;
    }

    /** The page tree's count: the annex fits one landscape page across, three rows fit one page down. */
    private static int pages(String pdf) {
        Matcher count =
                Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)").matcher(pdf);
        if (count.find()) {
            return Integer.parseInt(count.group(1));
        }
        Matcher reversed =
                Pattern.compile("/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b").matcher(pdf);
        return reversed.find() ? Integer.parseInt(reversed.group(1)) : 0;
    }

    private static List<List<String>> rowsOf(byte[] xlsx) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> rowStartingWith(List<List<String>> rows, String first) {
        return rows.stream()
                .filter(row -> !row.isEmpty() && row.get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starts with " + first + " in " + rows));
    }

    private static CampaignProgress progress() {
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                RecognitionLevel.GRASSROOTS,
                2026,
                "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026",
                ORGANISER,
                "Ban Thường vụ Đảng ủy Các cơ quan đảng thành phố",
                "79",
                null,
                "local-plan-2026",
                new CampaignDeadlines(
                        LocalDate.of(2026, 1, 30),
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 10, 10),
                        LocalDate.of(2026, 11, 30)),
                LatePolicy.MARK_LATE,
                2,
                new CampaignTargets(100, 1),
                List.of(UNIT_A, WITHOUT_MODEL, UNIT_B));
        Registration recognised = registration(
                "Bữa cơm nghĩa tình",
                "Chi đoàn Văn phòng",
                UNIT_A,
                "CULTURE_SOCIETY_PEOPLE",
                RegistrationKind.NEW,
                false,
                RegistrationStatus.NOMINATED,
                RecognitionLevel.PROVINCIAL);
        Registration late = registration(
                "Số hóa hồ sơ đảng viên",
                "Chi bộ Phòng Tổ chức",
                UNIT_A,
                "ECONOMY_SCIENCE_ENVIRONMENT",
                RegistrationKind.CONTINUING,
                true,
                RegistrationStatus.SELF_ASSESSED,
                RecognitionLevel.GRASSROOTS);
        Registration rejected = registration(
                "Tòa soạn gần dân",
                "Chi bộ Báo Đảng thành phố",
                UNIT_B,
                "CULTURE_SOCIETY_PEOPLE",
                RegistrationKind.NEW,
                false,
                RegistrationStatus.NOT_RECOGNISED,
                RecognitionLevel.GRASSROOTS);
        Instant decided = Instant.parse("2026-09-01T03:00:00Z");
        Map<UUID, List<Decision>> decisions = Map.of(
                recognised.id(),
                List.of(
                        new Decision(
                                recognised.id(),
                                RecognitionLevel.GRASSROOTS,
                                2026,
                                true,
                                "Tiêu biểu",
                                "12-QĐ/ĐU",
                                "Ủy viên",
                                decided),
                        new Decision(
                                recognised.id(),
                                RecognitionLevel.PROVINCIAL,
                                2026,
                                true,
                                "Tiêu biểu",
                                "45-QĐ/TU",
                                "Ủy viên",
                                decided)),
                rejected.id(),
                List.of(new Decision(
                        rejected.id(),
                        RecognitionLevel.GRASSROOTS,
                        2026,
                        false,
                        "Chưa lan tỏa",
                        "",
                        "Ủy viên",
                        decided)));
        return new CampaignProgress(
                campaign,
                List.of(recognised, late, rejected),
                decisions,
                List.of(UNIT_A.name(), UNIT_B.name()),
                List.of(WITHOUT_MODEL.name()),
                66,
                1,
                Map.of(),
                Map.of(),
                Map.of("26734", "Phường Bàn Cờ"),
                Map.of(),
                List.of(UNIT_A.name()));
    }

    private static Unit unit(String name) {
        return new Unit(UUID.randomUUID(), name, UnitKind.PARTY_COMMITTEE, new Scope("79", null), ORGANISER);
    }

    private static Registration registration(
            String model,
            String owner,
            Unit unit,
            String field,
            RegistrationKind kind,
            boolean late,
            RegistrationStatus status,
            RecognitionLevel level) {
        return new Registration(
                UUID.randomUUID(),
                UUID.randomUUID(),
                2026,
                UUID.randomUUID(),
                model,
                owner,
                "COLLECTIVE",
                false,
                field,
                unit.id(),
                unit.name(),
                "79",
                "26734",
                kind,
                kind == RegistrationKind.CONTINUING ? UUID.randomUUID() : null,
                List.of(new IndicatorTarget("Hộ tham gia", "hộ", BigDecimal.TEN)),
                late,
                null,
                null,
                status,
                level,
                0,
                null,
                Instant.parse("2026-01-20T03:00:00Z"));
    }
}
