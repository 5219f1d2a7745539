package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.jobs.OneInstanceAtATime;
import vn.danvankheo.testing.TestServices;

/** Every instance shares the index, so while one heals it the others leave it alone. */
class IndexHealIntegrationTests extends SearchIntegrationTest {

    @Autowired
    IndexHeal heal;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient client;

    @Test
    void whileAnotherInstanceHealsTheIndexThisOneSkipsItsTurn() throws Exception {
        healUntilReady();
        CountDownLatch otherIsHealing = new CountDownLatch(1);
        CountDownLatch otherMayFinish = new CountDownLatch(1);
        CompletableFuture<Boolean> otherInstance = CompletableFuture.supplyAsync(() -> {
            OneInstanceAtATime other = anotherInstance();
            // This instance's scheduled turns take the job too; the other tries again after one, as its own would.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (other.run(IndexHeal.JOB, () -> {
                    otherIsHealing.countDown();
                    awaitQuietly(otherMayFinish);
                })) {
                    return true;
                }
                sleepQuietly();
            }
            return false;
        });
        try {
            assertThat(otherIsHealing.await(30, TimeUnit.SECONDS)).isTrue();
            String lost = index.current().orElseThrow();
            client.indices().delete(d -> d.index(lost));

            heal.heal();

            assertThat(index.current())
                    .as("this instance left the index to the one healing it")
                    .isEmpty();
        } finally {
            otherMayFinish.countDown();
        }
        assertThat(otherInstance.get(30, TimeUnit.SECONDS)).isTrue();

        healUntilReady();
        assertThat(index.isReady())
                .as("once the other is done, this instance heals in its turn")
                .isTrue();
    }

    /** Scheduled turns run too, and one of them may hold the job when this one tries; the next try runs it. */
    private void healUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!index.isReady()) {
            assertThat(System.nanoTime()).as("healed within 60 s").isLessThan(deadline);
            heal.heal();
            Thread.sleep(100);
        }
    }

    /** Another instance of the application: its own connections to the database they share. */
    private static OneInstanceAtATime anotherInstance() {
        return new OneInstanceAtATime(TestServices.isolated("search").newDataSource());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
