package vn.danvankheo.catalog;

import static vn.danvankheo.testing.Timings.figures;
import static vn.danvankheo.testing.Timings.median;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;

/**
 * What the guarded door adds to a registration and to the public page's read, in one run: each call through the door
 * ({@link ModelWrites#register}: the policy, the commune looked up once, the hop to the catalog's scheduler;
 * {@link PublishedModels#bySlug}) alternates with the catalog's own call that it wraps, made directly on the test's
 * thread. The direct path is today's catalog, not the one before the door: it shows the door's own cost, while
 * WriteDoorBenchmark in web-ui compares two builds. Printed, never asserted against a time. Run with
 * {@code -Dit.test=WriteDoorOverheadBenchmark}.
 */
class WriteDoorOverheadBenchmark extends CatalogIntegrationTest {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;

    @Autowired
    ModelWrites writes;

    @Autowired
    PublishedModels published;

    @Autowired
    ModelCatalog catalog;

    @Test
    void theDoorAgainstTheCallItWraps() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Editor editor = new Editor(null, Account.PLATFORM.displayName());
        List<Long> door = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int n = 0; n < WARM_UP + MEASURED; n++) {
            NewModel throughDoor = model(tag, "cua-" + n);
            NewModel directly = model(tag, "thang-" + n);
            long doorNanos = timed(() -> writes.register(Account.PLATFORM, throughDoor)
                    .block()
                    .state()
                    .version());
            long directNanos = timed(() -> registered(directly, editor).state().version());
            if (n >= WARM_UP) {
                door.add(doorNanos);
                direct.add(directNanos);
            }
            ModelView shown = registered(model(tag, "trang-" + n), editor);
            slugs.add(writes.publish(Account.PLATFORM, shown.id(), shown.state().version())
                    .block()
                    .slug());
        }
        List<Long> pageDoor = new ArrayList<>();
        List<Long> pageDirect = new ArrayList<>();
        for (int n = 0; n < slugs.size(); n++) {
            String slug = slugs.get(n);
            long doorNanos = timed(() -> published.bySlug(slug).block().state().version());
            long directNanos = timed(() ->
                    catalog.findPublishedBySlug(slug).orElseThrow().state().version());
            if (n >= WARM_UP) {
                pageDoor.add(doorNanos);
                pageDirect.add(directNanos);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nWriteDoorOverheadBenchmark, %d alternated pairs after %d warm-up pairs, one caller:%n"
                        + "register, ModelWrites (door):          %s%n"
                        + "register, ModelCatalog (direct):       %s%n"
                        + "register, door / direct p50:           %.2f%n"
                        + "published model, PublishedModels:      %s%n"
                        + "published model, ModelCatalog:         %s%n"
                        + "published model, door / direct p50:    %.2f%n",
                MEASURED,
                WARM_UP,
                figures(door),
                figures(direct),
                median(door) / median(direct),
                figures(pageDoor),
                figures(pageDirect),
                median(pageDoor) / median(pageDirect));
    }

    /** The call's result is used, so that nothing of it can be left out. */
    private static long timed(LongSupplier call) {
        long started = System.nanoTime();
        if (call.getAsLong() < 0) {
            throw new IllegalStateException("A version is never negative.");
        }
        return System.nanoTime() - started;
    }

    private static NewModel model(String tag, String suffix) {
        return SampleModels.named(
                SampleModels.baDinh("do-cua-" + tag + "-" + suffix), "Mô hình đo cửa " + tag + " " + suffix);
    }
}
