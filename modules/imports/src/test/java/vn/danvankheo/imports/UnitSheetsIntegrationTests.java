package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountAdministration;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.AuditEntry;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.accounts.UnitRegistry;

/**
 * Unit spreadsheets against real PostGIS with the official units loaded: the dry run names each row's problem, the
 * import records a tree whose parents are named in the file or recorded already, all or nothing, in the
 * administrator's province only, and audited.
 */
class UnitSheetsIntegrationTests extends ImportsIntegrationTest {

    private static final List<Object> HEADER = List.copyOf(UnitSheets.HEADERS);

    @Autowired
    UnitSheets sheets;

    @Autowired
    UnitRegistry units;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    AccountAdministration administration;

    private Account administratorOfHanoi;
    private String tag;

    @BeforeEach
    void administratorOfHanoi() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        administratorOfHanoi = accounts.open(new NewAccount(
                "qt-" + tag,
                "Quản trị Hà Nội " + tag,
                "mat-khau-du-dai-2026",
                Role.ADMINISTRATOR,
                null,
                "01",
                null,
                null));
    }

    @Test
    void theDryRunNamesEachRowsProblemAndRecordsNothing() {
        ImportFile file = AnnexFiles.csv(List.of(
                HEADER,
                List.of("Đảng ủy phường Ba Đình " + tag, "Cấp ủy, đảng ủy", "", "Hà Nội", "Ba Đình"),
                List.of("Chi bộ khu dân cư số 1 " + tag, "chi bo", "Đảng ủy phường Ba Đình " + tag, "", ""),
                List.of("Chi bộ khu dân cư số 1 " + tag, "Chi bộ", "Đảng ủy phường Ba Đình " + tag, "", ""),
                List.of("Tổ dân phố 7 " + tag, "Tổ hợp tác", "", "Hà Nội", "Phường Không Có"),
                List.of("Chi đoàn " + tag, "Đoàn thể", "Đảng ủy không có " + tag, "", ""),
                List.of("Đảng ủy phía Nam " + tag, "Đảng ủy", "", "", "27154")));

        UnitSheetReview review = sheets.review(administratorOfHanoi, file);

        Map<Integer, String> problems = review.rows().stream()
                .collect(Collectors.toMap(UnitSheetRow::number, row -> String.join(" ", row.problems())));
        assertThat(problems.get(2)).isEmpty();
        assertThat(problems.get(3)).isEmpty();
        assertThat(review.rows().get(1).locality()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
        assertThat(review.rows().get(1).kind()).isEqualTo("Chi bộ");
        assertThat(problems.get(4)).contains("Trùng tên với dòng 3");
        assertThat(problems.get(5))
                .contains("Không nhận ra loại \"Tổ hợp tác\"")
                .contains("Không tìm thấy xã, phường, đặc khu \"Phường Không Có\"");
        assertThat(problems.get(6)).contains("Không tìm thấy đơn vị cấp trên \"Đảng ủy không có " + tag + "\"");
        assertThat(problems.get(7)).contains("ngoài phạm vi bạn quản lý");
        assertThat(review.importable()).isFalse();
        assertThat(review.rowsWithProblems()).isEqualTo(4);

        assertThatThrownBy(() -> sheets.commit(administratorOfHanoi, file))
                .isInstanceOf(UnitSheetRejectedException.class)
                .hasMessage("Có 4 dòng cần sửa; chưa nhập đơn vị nào.");
        assertThat(units.existing(
                        new NewUnit("Đảng ủy phường Ba Đình " + tag, UnitKind.PARTY_COMMITTEE, null, "00004", null)))
                .isEmpty();
    }

    @Test
    void anImportRecordsTheTreeWithParentsFromTheFileOrRecordedAndAuditsEachUnit() {
        Unit ward = units.register(new NewUnit("Đảng bộ phường " + tag, UnitKind.PARTY_COMMITTEE, null, "00004", null));
        ImportFile file = AnnexFiles.xlsx(List.of(
                HEADER,
                List.of("Chi bộ khu dân cư số 2 " + tag, "Chi bộ", "Đoàn thanh niên " + tag, "", ""),
                List.of(
                        "Đoàn thanh niên " + tag,
                        "Tổ chức chính trị - xã hội, đoàn thể",
                        "Đảng bộ phường " + tag,
                        "",
                        ""),
                List.of("Sở Nội vụ " + tag, "co quan", "", "01", "")));

        assertThat(sheets.review(administratorOfHanoi, file).importable()).isTrue();
        List<Unit> recorded = sheets.commit(administratorOfHanoi, file);

        assertThat(recorded)
                .extracting(Unit::name)
                .containsExactlyInAnyOrder(
                        "Đoàn thanh niên " + tag, "Chi bộ khu dân cư số 2 " + tag, "Sở Nội vụ " + tag);
        Unit union = units.existing(new NewUnit("Đoàn thanh niên " + tag, UnitKind.OTHER, null, "00004", ward.id()))
                .orElseThrow();
        assertThat(union.kind()).isEqualTo(UnitKind.MASS_ORGANISATION);
        Unit cell = units.children(union.id()).get(0);
        assertThat(cell.name()).isEqualTo("Chi bộ khu dân cư số 2 " + tag);
        assertThat(cell.scope()).isEqualTo(new Scope("01", "00004"));
        assertThat(units.existing(new NewUnit("Sở Nội vụ " + tag, UnitKind.AGENCY, "01", null, null)))
                .hasValueSatisfying(agency -> assertThat(agency.kind()).isEqualTo(UnitKind.AGENCY));
        assertThat(administration.trail(administratorOfHanoi, 20))
                .extracting(AuditEntry::detail)
                .filteredOn(detail -> detail.contains(tag) && detail.startsWith("Nhập từ bảng tính đơn vị"))
                .hasSize(3);

        assertThat(sheets.review(administratorOfHanoi, file).rows())
                .extracting(row -> String.join(" ", row.problems()))
                .anySatisfy(problem -> assertThat(problem).contains("Đã có đơn vị \"Đoàn thanh niên " + tag));
    }

    @Test
    void theTemplatesAreReadBackAsSheetsWithoutRows() {
        for (SheetFormat format : SheetFormat.values()) {
            ImportFile template = new ImportFile("mau", sheets.template(format));
            UnitSheetReview review = sheets.review(administratorOfHanoi, template);
            assertThat(review.rows()).isEmpty();
            assertThat(review.importable()).isFalse();
        }
    }
}
