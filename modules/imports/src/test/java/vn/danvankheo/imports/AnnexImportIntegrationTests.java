package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelStatus;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.catalog.Revision;
import vn.danvankheo.imports.ImportReport.Problem;
import vn.danvankheo.imports.ImportReport.Severity;

/**
 * Annex-01 files against real PostGIS with the official units loaded: every kind of row problem, reported with its
 * row and column; a commit that stores all rows as drafts or none.
 */
class AnnexImportIntegrationTests extends ImportsIntegrationTest {

    private static final String UNIT = "Đảng ủy phường Ba Đình";
    private static UUID unit;
    private static final String BA_DINH = "Phường Ba Đình";
    private static final String IN_BA_DINH = "21.03853, 105.838061";
    private static final List<Object> HEADER = List.of(
            "STT",
            "Tên mô hình",
            "Đơn vị/tập thể/cá nhân thực hiện",
            "Lĩnh vực",
            "Xã/phường/đặc khu",
            "Tỉnh/thành phố",
            "Thời gian thực hiện",
            "Nội dung, mục tiêu",
            "Tọa độ",
            "Ghi chú");
    private static final List<Object> COLUMN_NUMBERS =
            List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)");

    @Autowired
    AnnexImport imports;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    UnitRegistry units;

    private Account contributor;
    private String tag;

    @BeforeEach
    void contributorOfHanoi() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        if (unit == null) {
            unit = units.register(new NewUnit(UNIT, UnitKind.PARTY_COMMITTEE, "01", null, null))
                    .id();
        }
        String username = "nhap-" + tag;
        accounts.open(new NewAccount(
                username, "Cán bộ nhập liệu " + tag, "mat-khau-du-dai-2026", Role.CONTRIBUTOR, unit, "01", null, null));
        contributor = accounts.find(username).orElseThrow();
    }

    @Test
    void aDryRunListsEveryRowsProblemsWithRowAndColumn() {
        writes.register(Account.PLATFORM, existing("Điểm đọc sách " + tag, "00103"))
                .block();
        ImportFile file = AnnexFiles.csv(List.of(
                AnnexFiles.TITLE,
                AnnexFiles.SUBTITLE,
                HEADER,
                COLUMN_NUMBERS,
                row(
                        "1",
                        "Tuyến phố văn minh " + tag,
                        "Văn hóa - xã hội",
                        "Ba Đình",
                        "Hà Nội",
                        "02/2026 - 12/2026",
                        IN_BA_DINH),
                row("2", "Sân chơi " + tag, "Thể thao", "Ba Đình", "Hà Nội", "2026", IN_BA_DINH),
                row("3", "Vườn rau " + tag, "Kinh tế", "Phường Không Có", "Hà Nội", "2026", ""),
                row("4", "Góc phố " + tag, "Kinh tế", "Hoàn Kiếm", "Hà Nội", "2026", IN_BA_DINH),
                List.of(
                        "5",
                        "Mô hình “Điểm đọc sách " + tag + "”",
                        "Chi bộ tổ dân phố số 5",
                        "Kinh tế",
                        "Tây Hồ",
                        "Hà Nội",
                        "2026",
                        "",
                        "",
                        ""),
                row("6", "TUYẾN PHỐ VĂN MINH " + tag, "Văn hóa - xã hội", "00004", "", "2026", IN_BA_DINH),
                row("7", "Bữa sáng " + tag, "Kinh tế", "Ba Đình", "Hà Nội", "31/11/2026", IN_BA_DINH),
                List.of("8", "", "", "Kinh tế", "Ba Đình", "Hà Nội", "2026", "Nội dung.", IN_BA_DINH, ""),
                row("9", "Nhà văn hóa " + tag, "Kinh tế", "Tân An", "", "2026", ""),
                row("10", "Chợ 0 đồng " + tag, "Kinh tế", "Bàn Cờ", "Hồ Chí Minh", "2026", ""),
                List.of("Tổng cộng", "", "", "", "", "", "", "10 mô hình", "", ""),
                List.of("", "", "", "", "", "", "", "", "", ""),
                List.of("", "", "", "", "", "", "", "NGƯỜI LẬP BIỂU", "", "")));

        ImportReport report = imports.dryRun(contributor, file, Map.of()).block();

        assertThat(report.format()).isEqualTo(SheetFormat.CSV);
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.missingTargets()).isEmpty();
        assertThat(report.rows()).extracting(ImportReport.Row::row).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(report.committable()).isFalse();
        assertThat(errors(report, 5)).isEmpty();
        assertThat(problems(report, 5))
                .containsExactly(
                        new Problem(
                                5,
                                "Lĩnh vực",
                                Severity.WARNING,
                                "Lĩnh vực \"Văn hóa - xã hội\" theo cách chia cũ đã được chuyển sang \""
                                        + Field.CULTURE_SOCIETY_PEOPLE.labelVi() + "\" (giai đoạn 2026 - 2030)."),
                        new Problem(5, "Tọa độ", Severity.WARNING, "Đã hiểu là vĩ độ, kinh độ."));
        assertThat(errors(report, 6)).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Lĩnh vực");
            assertThat(problem.message()).startsWith("Lĩnh vực \"Thể thao\" không có trong danh mục.");
        });
        assertThat(errors(report, 7))
                .containsExactly(new Problem(
                        7,
                        "Xã/phường/đặc khu",
                        Severity.ERROR,
                        "Không tìm thấy xã, phường, đặc khu \"Phường Không Có\" trong danh mục đơn vị hành chính hiện"
                                + " hành (sau sắp xếp năm 2025). Hãy ghi tên mới hoặc mã 5 số."));
        assertThat(errors(report, 8))
                .containsExactly(new Problem(
                        8,
                        "Tọa độ",
                        Severity.ERROR,
                        "Vị trí trên bản đồ thuộc Phường Ba Đình, Thành phố Hà Nội, không khớp với Phường Hoàn Kiếm"
                                + " đã khai."));
        assertThat(errors(report, 9)).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Tên mô hình");
            assertThat(problem.message())
                    .startsWith("Có thể trùng với mô hình \"Điểm đọc sách " + tag
                            + "\" đã có trên bản đồ (Phường Tây Hồ, /mo-hinh/");
        });
        assertThat(problems(report, 9))
                .extracting(Problem::column)
                .containsExactly("Lĩnh vực", "Tọa độ", "Tên mô hình", "Nội dung, mục tiêu");
        assertThat(errors(report, 10))
                .containsExactly(new Problem(
                        10,
                        "Tên mô hình",
                        Severity.ERROR,
                        "Trùng với dòng 5 của tệp: cùng tên mô hình, cùng " + BA_DINH + "."));
        assertThat(errors(report, 11))
                .containsExactly(new Problem(
                        11, "Thời gian thực hiện", Severity.ERROR, "Ngày \"31/11/2026\" không có thật trên lịch."));
        assertThat(errors(report, 12))
                .containsExactly(
                        new Problem(12, "Tên mô hình", Severity.ERROR, "Chưa ghi tên mô hình."),
                        new Problem(
                                12,
                                "Đơn vị/tập thể/cá nhân thực hiện",
                                Severity.ERROR,
                                "Chưa ghi đơn vị, tập thể hoặc cá nhân thực hiện mô hình."));
        assertThat(errors(report, 13))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .startsWith("Tên \"Tân An\" trùng ở ")
                        .endsWith(". Hãy ghi thêm tỉnh/thành phố hoặc dùng mã 5 số."));
        assertThat(errors(report, 14))
                .containsExactly(new Problem(
                        14,
                        "Xã/phường/đặc khu",
                        Severity.ERROR,
                        "Tài khoản của bạn (Cộng tác viên của đơn vị) không được đăng ký mô hình tại Phường Bàn Cờ."));
        assertThat(report.errorCount()).isEqualTo(10);
    }

    @Test
    void aRowWithoutCoordinatesIsPutAtItsCommunesLabelPointAndTheReportSaysSo() {
        ImportFile file = AnnexFiles.csv(List.of(
                HEADER, row("1", "Tủ sách " + tag, "Kinh tế", "Phường Ba Đình", "Thành phố Hà Nội", "2026", "")));

        ImportReport report = imports.dryRun(contributor, file, Map.of()).block();

        assertThat(report.committable()).isTrue();
        assertThat(report.rows().get(0).latitude()).isEqualTo(21.03853);
        assertThat(report.rows().get(0).longitude()).isEqualTo(105.838061);
        assertThat(problems(report, 2))
                .extracting(Problem::message)
                .contains("Chưa có tọa độ: mô hình được đặt tạm tại điểm giữa của Phường Ba Đình (21.03853,"
                        + " 105.83806). Hãy đánh dấu đúng vị trí trên bản đồ sau khi nhập.");
    }

    @Test
    void aFileWithOneBadRowStoresNothing() {
        String clean = "Tuyến phố không rác " + tag;
        ImportFile file = AnnexFiles.csv(List.of(
                HEADER,
                row("1", clean, "Kinh tế", "Ba Đình", "Hà Nội", "2026", IN_BA_DINH),
                row("2", "Vườn hoa " + tag, "Kinh tế", "Ba Đình", "Hà Nội", "31/11/2026", IN_BA_DINH)));

        assertThatThrownBy(() -> imports.commit(contributor, file, Map.of()).block())
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.report().problems())
                                .filteredOn(problem -> problem.severity() == Severity.ERROR)
                                .extracting(Problem::row, Problem::message)
                                .containsExactly(tuple(3, "Ngày \"31/11/2026\" không có thật trên lịch.")));
        assertThat(catalog.similar(clean, "00004", 21.03853, 105.838061)).isEmpty();
    }

    @Test
    void aCleanWorkbookIsStoredAsDraftsOfTheAccountsUnitWithTheirHistory() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(AnnexFiles.TITLE);
        rows.add(AnnexFiles.SUBTITLE);
        rows.add(List.of(
                "STT",
                "Tên mô hình",
                "Đơn vị/tập thể/cá nhân thực hiện",
                "Lĩnh vực",
                "Xã/phường/đặc khu",
                "Tỉnh/thành phố",
                "Ngày bắt đầu",
                "Nội dung mô hình",
                "Kết quả",
                "Vĩ độ",
                "Kinh độ"));
        rows.add(List.of(
                1,
                "Dân vận khéo trong giải phóng mặt bằng " + tag,
                "Tổ dân phố số 5",
                "PARTY_AND_POLITICAL_SYSTEM",
                4,
                "Hà Nội",
                LocalDate.of(2026, 2, 15),
                "Vận động 30 hộ bàn giao mặt bằng.",
                "30/30 hộ đồng thuận.",
                21.03853,
                105.838061));
        rows.add(List.of(
                2,
                "Camera an ninh " + tag,
                "Chi bộ tổ dân phố số 7",
                "Quốc phòng - an ninh",
                "Ba Đình",
                "Thành phố Hà Nội",
                2025,
                "Lắp camera ở các ngõ.",
                "",
                "",
                ""));
        ImportFile file = AnnexFiles.xlsx(rows);
        assertThat(imports.dryRun(contributor, file, Map.of()).block().problems())
                .filteredOn(problem -> problem.severity() == Severity.ERROR)
                .isEmpty();

        ImportResult result = imports.commit(contributor, file, Map.of()).block();

        assertThat(result.registered()).isEqualTo(2);
        assertThat(result.report().format()).isEqualTo(SheetFormat.XLSX);
        assertThat(result.report().problems())
                .extracting(Problem::row, Problem::severity, Problem::column)
                .containsExactly(
                        tuple(4, Severity.WARNING, "Xã/phường/đặc khu"),
                        tuple(4, Severity.WARNING, "Vĩ độ"),
                        tuple(5, Severity.WARNING, "Lĩnh vực"),
                        tuple(5, Severity.WARNING, "Tọa độ"));
        ImportResult.Registered first = result.models().get(0);
        assertThat(first.row()).isEqualTo(4);
        assertThat(first.slug()).isEqualTo("dan-van-kheo-trong-giai-phong-mat-bang-" + tag);
        assertThat(first.status()).isEqualTo(ModelStatus.DRAFT);
        ModelView stored = catalog.find(first.id()).orElseThrow();
        assertThat(stored.registeringUnit()).isEqualTo(UNIT);
        assertThat(stored.place().communeCode()).isEqualTo("00004");
        assertThat(stored.profile().yearStarted()).isEqualTo(2026);
        assertThat(stored.profile().field()).isEqualTo(Field.PARTY_AND_POLITICAL_SYSTEM);
        assertThat(stored.profile().summary()).isEqualTo("Vận động 30 hộ bàn giao mặt bằng.");
        assertThat(stored.profile().story())
                .isEqualTo(
                        "<p>Nội dung mô hình: Vận động 30 hộ bàn giao mặt bằng.</p><p>Kết quả: 30/30 hộ đồng thuận.</p>");
        assertThat(stored.details().results()).isEqualTo("30/30 hộ đồng thuận.");
        assertThat(stored.locality().localityAgrees()).isTrue();
        assertThat(catalog.history(first.id())).singleElement().satisfies(revision -> {
            assertThat(revision.change()).isEqualTo(Revision.Change.REGISTERED);
            assertThat(revision.changedBy()).isEqualTo(contributor.id());
            assertThat(revision.changedByName()).isEqualTo("Cán bộ nhập liệu " + tag);
        });
        ModelView second = catalog.find(result.models().get(1).id()).orElseThrow();
        assertThat(second.profile().field()).isEqualTo(Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS);
        assertThat(second.profile().yearStarted()).isEqualTo(2025);
        assertThat(second.state().status()).isEqualTo(ModelStatus.DRAFT);

        assertThatThrownBy(() -> imports.commit(contributor, file, Map.of()).block())
                .as("the same file again is all duplicates")
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.report().errorCount()).isEqualTo(2));
    }

    @Test
    void aMappingOverrideReadsHeadersNoSynonymKnows() {
        ImportFile file = AnnexFiles.csv(List.of(
                List.of("Tên gọi", "Chủ nhiệm", "Nhóm", "Mã xã", "Năm"),
                List.of("Bếp ăn " + tag, "Hội Phụ nữ phường", "Văn hóa - xã hội", "00004", "2026")));

        ImportReport proposed = imports.dryRun(contributor, file, Map.of()).block();
        ImportReport mapped = imports.dryRun(
                        contributor, file, Map.of("Tên gọi", "NAME", "Chủ nhiệm", "OWNER", "Nhóm", "FIELD"))
                .block();

        assertThat(proposed.missingTargets())
                .containsExactly(ImportTarget.NAME, ImportTarget.OWNER, ImportTarget.FIELD);
        assertThat(proposed.committable()).isFalse();
        assertThat(mapped.missingTargets()).isEmpty();
        assertThat(mapped.columns())
                .extracting(ImportReport.Column::target)
                .containsExactly(
                        ImportTarget.NAME,
                        ImportTarget.OWNER,
                        ImportTarget.FIELD,
                        ImportTarget.COMMUNE,
                        ImportTarget.START);
        assertThat(mapped.errorCount()).isZero();
        assertThat(mapped.committable()).isTrue();
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnyIsChecked() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= 51; i++) {
            rows.add(row(String.valueOf(i), "Mô hình " + i, "Kinh tế", "Ba Đình", "Hà Nội", "2026", ""));
        }

        assertThatThrownBy(() -> imports.dryRun(contributor, AnnexFiles.csv(rows), Map.of())
                        .block())
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessage("Tệp có quá nhiều dòng: mỗi lần nhập được tối đa 50 dòng. Hãy chia tệp thành nhiều phần.");
    }

    private static List<Object> row(
            String number, String name, String field, String commune, String province, String start, String point) {
        return List.of(number, name, "Chi bộ tổ dân phố số 5", field, commune, province, start, "Nội dung.", point, "");
    }

    private static List<Problem> problems(ImportReport report, int row) {
        return report.problems().stream()
                .filter(problem -> problem.row() != null && problem.row() == row)
                .toList();
    }

    private static List<Problem> errors(ImportReport report, int row) {
        return problems(report, row).stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .toList();
    }

    private static NewModel existing(String name, String commune) {
        return new NewModel(
                "mo-hinh-" + UUID.randomUUID().toString().substring(0, 8),
                unit,
                new ModelProfile(
                        name,
                        "Thư viện phường",
                        OwnerKind.COLLECTIVE,
                        Field.CULTURE_SOCIETY_PEOPLE,
                        2025,
                        "Tóm tắt.",
                        "Câu chuyện."),
                new ModelLocation(21.057973, 105.820222, commune),
                List.of(),
                null,
                null);
    }
}
