package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OutboxBacklog;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.testing.TestServices;

/**
 * Models published while Elasticsearch is down and the application then stopped are indexed by the next application
 * on the same database once Elasticsearch is back: the outbox rows outlive the process, so nothing is lost, and
 * documents are keyed by model id, so nothing is doubled. This test stops Elasticsearch and two applications of its
 * own (not the module's shared context, which must not be closed): run it on a private stack.
 */
class OutboxRestartIntegrationTests {

    private static final int BEFORE_OUTAGE = 4;
    private static final int DURING_OUTAGE = 6;

    @Test
    void whatCommittedDuringAnOutageAndARestartIsIndexedOnceItIsBack() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        TestServices.isolated("search-restart").register((name, value) -> properties.put(name, value.get()));
        properties.put("dvk.places.data-directory", "../../data/vn-admin");
        properties.put("dvk.catalog.outbox-poll-interval", "100ms");
        properties.put("dvk.catalog.outbox-max-backoff", "1s");
        properties.put("dvk.search.heal-interval", "1s");
        properties.put("server.port", "0");
        var services = TestServices.real();
        List<UUID> published = new ArrayList<>();

        try (ConfigurableApplicationContext first = start(properties)) {
            ModelWrites writes = first.getBean(ModelWrites.class);
            UnitRegistry units = first.getBean(UnitRegistry.class);
            for (int i = 0; i < BEFORE_OUTAGE; i++) {
                published.add(publish(writes, units, "truoc-" + i));
            }
            waitUntil(() -> indexed(first) == BEFORE_OUTAGE);

            services.stopSearch();
            try {
                for (int i = 0; i < DURING_OUTAGE; i++) {
                    published.add(publish(writes, units, "trong-" + i));
                }
                assertThat(first.getBean(ModelCatalog.class).publishedIds())
                        .containsExactlyInAnyOrderElementsOf(published);
                assertThat(first.getBean(OutboxBacklog.class).measure().pending())
                        .as("changes wait in the outbox while the index is away")
                        .isPositive();
            } catch (RuntimeException | AssertionError e) {
                services.startSearch();
                throw e;
            }
        }

        services.startSearch();
        try (ConfigurableApplicationContext second = start(properties)) {
            ModelCatalog catalog = second.getBean(ModelCatalog.class);
            long before = catalog.publishedIds().size();
            assertThat(before).isEqualTo(BEFORE_OUTAGE + DURING_OUTAGE);

            waitUntil(() -> second.getBean(OutboxBacklog.class).measure().pending() == 0);
            waitUntil(() -> indexed(second) == before);
            assertThat(indexedIds(second)).containsExactlyInAnyOrderElementsOf(published);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(SearchTestApplication.class)
                .properties(properties)
                .run();
    }

    private static UUID publish(ModelWrites writes, UnitRegistry units, String stem) {
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "khoi-dong-lai-" + stem + "-"
                                        + UUID.randomUUID().toString().substring(0, 8),
                                TestUnits.of(units, "Hội Nông dân xã", "00004"),
                                new ModelProfile(
                                        "Mô hình qua lần khởi động lại " + stem,
                                        "Hội Nông dân xã",
                                        OwnerKind.COLLECTIVE,
                                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                                        2024,
                                        "Tóm tắt.",
                                        "Câu chuyện."),
                                new ModelLocation(21.03, 105.84, "00004"),
                                List.of(),
                                null,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block()
                .id();
    }

    private static long indexed(ConfigurableApplicationContext context) {
        try {
            return context.getBean(ElasticsearchClient.class)
                    .count(c -> c.index(context.getBean(ModelIndex.class).alias()))
                    .count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static List<UUID> indexedIds(ConfigurableApplicationContext context) throws Exception {
        var hits = context.getBean(ElasticsearchClient.class)
                .search(
                        s -> s.index(context.getBean(ModelIndex.class).alias())
                                .size(100)
                                .source(source -> source.fetch(false)),
                        Void.class)
                .hits()
                .hits();
        return hits.stream().map(hit -> UUID.fromString(hit.id())).toList();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 120 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
