package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OutboxRelayIntegrationTests extends CatalogIntegrationTest {

    @Autowired
    ModelCatalog catalog;

    @Autowired
    RecordingListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeTheListenerCouldNotTakeIsDeliveredOnceItCan() throws InterruptedException {
        listener.failing.set(true);
        ModelView model = registered(
                SampleModels.baDinh("giao-lai-" + UUID.randomUUID().toString().substring(0, 8)), Editor.PLATFORM);

        waitUntil(() -> attempts(model.id()) >= 2);
        assertThat(listener.received).doesNotContain(model.id());
        assertThat(lastError(model.id())).contains("listener down");

        listener.failing.set(false);

        waitUntil(() -> listener.received.contains(model.id()));
        waitUntil(() -> pending(model.id()) == 0);
        assertThat(lastError(model.id())).isNull();
    }

    @Test
    void aListenerFailingInsideATransactionDoesNotStopTheOthersFromBeingDelivered() throws InterruptedException {
        listener.failingInsideTransaction.set(true);
        ModelView first = registered(
                SampleModels.baDinh(
                        "loi-trong-giao-dich-" + UUID.randomUUID().toString().substring(0, 8)),
                Editor.PLATFORM);
        waitUntil(() -> attempts(first.id()) >= 1);
        assertThat(lastError(first.id())).contains("Không tìm thấy mô hình");

        listener.failingInsideTransaction.set(false);
        ModelView second = registered(
                SampleModels.baDinh("sau-loi-" + UUID.randomUUID().toString().substring(0, 8)), Editor.PLATFORM);

        waitUntil(() -> listener.received.containsAll(List.of(first.id(), second.id())));
        waitUntil(() -> pending(first.id()) == 0 && pending(second.id()) == 0);
    }

    /**
     * More changes that keep failing than a poll interval goes into the longest back-off: taken first, each poll would
     * stop at one of them and never reach a newer change.
     */
    @Test
    void changesThatKeepFailingDoNotHoldBackNewerOnes() throws InterruptedException {
        List<ModelView> refused = new ArrayList<>();
        // Nothing is taken while they are registered, so none of them is taken before it is refused.
        listener.failing.set(true);
        for (int i = 0; i < 8; i++) {
            ModelView model = registered(
                    SampleModels.baDinh(
                            "tu-choi-" + UUID.randomUUID().toString().substring(0, 8)),
                    Editor.PLATFORM);
            listener.refused.add(model.id());
            refused.add(model);
        }
        listener.failing.set(false);
        try {
            for (ModelView model : refused) {
                waitUntil(() -> attempts(model.id()) >= 2);
            }
            ModelView fresh = registered(
                    SampleModels.baDinh("moi-" + UUID.randomUUID().toString().substring(0, 8)), Editor.PLATFORM);

            waitUntil(() -> listener.received.contains(fresh.id()));
            assertThat(listener.received).doesNotContainAnyElementsOf(ids(refused));
        } finally {
            listener.refused.clear();
        }
        waitUntil(() -> ids(refused).stream().allMatch(id -> pending(id) == 0));
    }

    private static List<UUID> ids(List<ModelView> models) {
        return models.stream().map(ModelView::id).toList();
    }

    private int attempts(UUID id) {
        return jdbc.sql("SELECT max(attempts) FROM catalog.outbox_event WHERE model_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private long pending(UUID id) {
        return jdbc.sql("SELECT count(*) FROM catalog.outbox_event WHERE model_id = :id AND published_at IS NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String lastError(UUID id) {
        return jdbc.sql("SELECT max(last_error) FROM catalog.outbox_event WHERE model_id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
