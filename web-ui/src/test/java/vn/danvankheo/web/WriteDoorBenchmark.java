package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvankheo.testing.Timings.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/**
 * What a registration through the guarded door and a public model page cost, as a contributor and a reader meet
 * them: a contributor registers a model (the door looks up the commune, checks the account, stores the model with its
 * trail and outbox row), a moderator publishes it, and the public page is read. docs/benchmarks.md has the figures of
 * two builds, alternated; the catalog's WriteDoorOverheadBenchmark gives the door's cost as a ratio in one run.
 * Printed, never asserted against a time. Run with {@code -Dit.test=WriteDoorBenchmark}.
 */
class WriteDoorBenchmark extends DemoSiteIntegrationTest {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    private static final String COMMUNE = "00004";

    @Autowired
    ModelWrites writes;

    @Autowired
    AccountDirectory accounts;

    @Test
    void registrationAndTheModelPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID unit = unit("Chi bộ đo tốc độ " + tag, "01", COMMUNE);
        Account contributor = accounts.open(new NewAccount(
                "do-toc-do-" + tag,
                "Cán bộ đo tốc độ",
                "mat-khau-du-dai-2026",
                Role.CONTRIBUTOR,
                unit,
                "01",
                COMMUNE,
                null));
        Account moderator = accounts.open(new NewAccount(
                "kiem-duyet-do-" + tag,
                "Kiểm duyệt đo tốc độ",
                "mat-khau-du-dai-2026",
                Role.MODERATOR,
                null,
                "01",
                null,
                null));
        List<String> slugs = new ArrayList<>();

        List<Long> registrations = timed(n -> {
            ModelView registered =
                    writes.register(contributor, model(tag, n, unit)).block();
            writes.publish(moderator, registered.id(), registered.state().version())
                    .block();
            slugs.add(registered.slug());
        });
        List<Long> pages = timed(n -> {
            String html = client().get()
                    .uri("/mo-hinh/" + slugs.get(n % slugs.size()))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(html).contains("Mô hình đo tốc độ");
        });

        System.out.printf(
                Locale.ROOT,
                "%nWriteDoorBenchmark, %d calls after %d warm-up calls, one caller:%n"
                        + "register + publish through ModelWrites: %s%n"
                        + "public model page /mo-hinh/{slug}: %s%n",
                MEASURED,
                WARM_UP,
                figures(registrations),
                figures(pages));
    }

    /** Registration numbers count across warm-up and measured calls, so every model gets a name of its own. */
    private static List<Long> timed(IntConsumer call) {
        for (int n = 0; n < WARM_UP; n++) {
            call.accept(n);
        }
        List<Long> nanos = new ArrayList<>(MEASURED);
        for (int n = WARM_UP; n < WARM_UP + MEASURED; n++) {
            long started = System.nanoTime();
            call.accept(n);
            nanos.add(System.nanoTime() - started);
        }
        return nanos;
    }

    private static NewModel model(String tag, int n, UUID unit) {
        return new NewModel(
                "do-toc-do-" + tag + "-" + n,
                unit,
                new ModelProfile(
                        "Mô hình đo tốc độ " + tag + " số " + n,
                        "Chi bộ đo tốc độ",
                        OwnerKind.COLLECTIVE,
                        Field.CULTURE_SOCIETY_PEOPLE,
                        2026,
                        "Mỗi tuần một buổi họp dân.",
                        "Câu chuyện của mô hình."),
                new ModelLocation(21.0368, 105.8342, COMMUNE),
                List.of(),
                null,
                null);
    }
}
