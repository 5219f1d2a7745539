package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.testing.TestServices;

/**
 * A province-sized annex 01 (the row limit, 5,000 rows across Hà Nội's communes, with coordinates), printed as rows
 * per second for the dry run and for the commit, never asserted against a time: run it with {@code ./dvk bench}. The
 * baseline, in the same run, is registering the same number of models one transaction at a time.
 */
@SpringBootTest(classes = ImportsTestApplication.class, properties = "dvk.places.data-directory=../../data/vn-admin")
class AnnexImportBenchmark {

    private static final int ROWS = 5_000;
    private static final int BASELINE_ROWS = 500;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("imports-bench").register(registry);
    }

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

    @Test
    void rowsPerSecond() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID unit = units.register(new NewUnit("Đơn vị đo " + tag, UnitKind.OTHER, "01", null, null))
                .id();
        accounts.open(new NewAccount(
                "bench-" + tag, "Đo tốc độ", "mat-khau-du-dai-2026", Role.CONTRIBUTOR, unit, "01", null, null));
        Account account = accounts.find("bench-" + tag).orElseThrow();
        List<String[]> communes = hanoiCommunes();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(
                "STT",
                "Tên mô hình",
                "Đơn vị thực hiện",
                "Lĩnh vực",
                "Xã/phường/đặc khu",
                "Tỉnh/thành phố",
                "Năm bắt đầu",
                "Nội dung, mục tiêu",
                "Vĩ độ",
                "Kinh độ"));
        for (int i = 1; i <= ROWS; i++) {
            String[] commune = communes.get(i % communes.size());
            rows.add(List.of(
                    i,
                    "Mô hình thử " + i + " " + tag,
                    "Chi bộ số " + i,
                    "Kinh tế",
                    commune[0],
                    "Hà Nội",
                    2026,
                    "Nội dung " + i + ".",
                    commune[1],
                    commune[2]));
        }
        ImportFile file = AnnexFiles.xlsx(rows);

        long started = System.nanoTime();
        ImportReport report = imports.dryRun(account, file, Map.of()).block();
        double dryRunRate = ROWS / ((System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        ImportResult result = imports.commit(account, file, Map.of()).block();
        double commitRate = ROWS / ((System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        for (int i = 0; i < BASELINE_ROWS; i++) {
            ImportedModel model = new ImportedModel(
                    i,
                    new ModelProfile(
                            "Mô hình một lần " + i + " " + tag,
                            "Chi bộ số " + i,
                            OwnerKind.COLLECTIVE,
                            Field.ECONOMY_SCIENCE_ENVIRONMENT,
                            2026,
                            "Nội dung.",
                            "Nội dung."),
                    new ModelLocation(21.03853, 105.838061, "00004"),
                    "",
                    false);
            writes.register(Account.PLATFORM, model.toNewModel("mot-lan-" + i + "-" + tag, unit))
                    .block();
        }
        double oneByOneRate = BASELINE_ROWS / ((System.nanoTime() - started) / 1e9);

        System.out.printf(
                "%nAnnex 01, %d rows (%d KB XLSX), %d errors:%n",
                ROWS, file.content().length / 1024, report.errorCount());
        System.out.printf("  dry run (read, communes, points, duplicates): %,8.0f rows/s%n", dryRunRate);
        System.out.printf("  commit (dry run again + one transaction):     %,8.0f rows/s%n", commitRate);
        System.out.printf("  baseline, one register per transaction:       %,8.0f rows/s%n%n", oneByOneRate);
        assertThat(result.registered()).isEqualTo(ROWS);
    }

    /** Name, label latitude and longitude of each commune of Hà Nội, from the official list the tests load. */
    private static List<String[]> hanoiCommunes() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("../../data/vn-admin/vn_admin_units.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String[]> communes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[header.indexOf("level")].equals("commune")
                    && cells[header.indexOf("province_code")].equals("01")) {
                communes.add(new String[] {
                    cells[header.indexOf("full_name")],
                    cells[header.indexOf("label_lat")],
                    cells[header.indexOf("label_lon")]
                });
            }
        }
        return communes;
    }
}
