package vn.danvankheo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.media.MediaLibrary;
import vn.danvankheo.media.StoredMedia;

/**
 * Loads the demo units, the demo sign-ins and the demo models through the same APIs a contributor's upload uses: the photo into storage, the model into the
 * catalog, then publication, whose outbox event indexes it. Idempotent by slug, and it keeps trying in the background
 * while a service is down, so start-up never waits on it.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final ModelCatalog catalog;
    private final MediaLibrary media;
    private final UnitRegistry units;
    private final ObjectProvider<DemoAccounts> demoAccounts;
    private final DemoCampaigns demoCampaigns;
    private final JsonMapper json;
    private final ModelWrites writes;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-data");
        thread.setDaemon(true);
        return thread;
    });

    DemoDataLoader(
            DemoProperties properties,
            ModelCatalog catalog,
            MediaLibrary media,
            UnitRegistry units,
            ObjectProvider<DemoAccounts> demoAccounts,
            DemoCampaigns demoCampaigns,
            JsonMapper json,
            ModelWrites writes) {
        this.properties = properties;
        this.writes = writes;
        this.catalog = catalog;
        this.media = media;
        this.units = units;
        this.demoAccounts = demoAccounts;
        this.demoCampaigns = demoCampaigns;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        if (properties.enabled()) {
            worker.execute(this::loadOrRetry);
        }
    }

    private void loadOrRetry() {
        try {
            int added = load();
            log.info(
                    "Demo data ready: {} model(s) added from {}",
                    added,
                    properties.directory().toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            log.warn("Demo data not loaded yet, retrying in {}: {}", properties.retryInterval(), e.toString());
            worker.schedule(this::loadOrRetry, properties.retryInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    int load() throws IOException {
        Path directory = properties.directory();
        Map<String, UUID> unitIds = units(directory);
        demoAccounts.ifAvailable(accounts -> accounts.open(unitIds));
        List<DemoModel> models =
                json.readValue(directory.resolve("models.json").toFile(), new TypeReference<List<DemoModel>>() {});
        int added = 0;
        for (DemoModel model : models) {
            if (catalog.existsBySlug(model.slug())) {
                continue;
            }
            NewModel registration =
                    model.toNewModel(unitIds.get(model.unit()), photos(directory, model), original(model));
            // Registered and published in one transaction: a failure between the two would leave a draft that the slug
            // check then skips forever.
            writes.registerPublished(Account.PLATFORM, registration).block();
            added++;
        }
        demoCampaigns.open(directory, unitIds);
        return added;
    }

    private List<NewModel.NewPhoto> photos(Path directory, DemoModel model) throws IOException {
        if (model.photo() == null) {
            return List.of();
        }
        Path photoFile = directory.resolve(model.photo().file());
        StoredMedia photo;
        try (InputStream content = Files.newInputStream(photoFile)) {
            photo = media.storePhoto(content, Files.size(photoFile));
        }
        return List.of(new NewModel.NewPhoto(
                photo.id(), model.photo().caption(), model.photo().credit()));
    }

    /** The original comes earlier in the file, so it is in the catalog by now. */
    private UUID original(DemoModel model) {
        if (model.replicates() == null) {
            return null;
        }
        return catalog.findPublishedBySlug(model.replicates())
                .map(ModelView::id)
                .orElseThrow(() -> new IllegalStateException(
                        "Demo model " + model.slug() + " replicates " + model.replicates() + ", not loaded before it"));
    }

    /** Records the units of units.json that are not there yet, parents first; keyed for the models and accounts. */
    Map<String, UUID> units(Path directory) {
        List<DemoUnit> given =
                json.readValue(directory.resolve("units.json").toFile(), new TypeReference<List<DemoUnit>>() {});
        Map<String, UUID> ids = new HashMap<>();
        for (DemoUnit unit : given) {
            UUID parent = unit.parent() == null ? null : ids.get(unit.parent());
            NewUnit wanted = unit.toNewUnit(parent);
            Unit recorded = units.existing(wanted).orElseGet(() -> units.register(wanted));
            ids.put(unit.key(), recorded.id());
        }
        return ids;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
