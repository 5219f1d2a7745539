package vn.danvankheo.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.IsolatedServices;
import vn.danvankheo.testing.TestServices;

/** A job another instance is running is skipped here, and runs again once that instance is done or gone. */
@SpringBootTest(classes = JobsTestApplication.class)
class OneInstanceAtATimeIntegrationTests {

    private static final int ROUNDS = 20;

    private static final IsolatedServices SERVICES = TestServices.isolated("jobs");

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @Autowired
    OneInstanceAtATime oneInstance;

    @Test
    void aJobRunsOnOneInstanceAtATime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        int otherSession;
        try (Connection otherInstance = SERVICES.newDataSource().getConnection();
                Statement sql = otherInstance.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(hashtext('media.abandoned-uploads'))");
            otherSession = otherInstance.unwrap(PGConnection.class).getBackendPID();

            assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                    .isFalse();
            assertThat(oneInstance.run("another-job", runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);
        }
        awaitEnded(otherSession);

        assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                .as("the other instance's connection closed, and its lock with it")
                .isTrue();
        assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                .as("a finished run leaves the lock free")
                .isTrue();
        assertThat(runs).hasValue(3);
    }

    /**
     * Two instances, each with its own connections, start the same job at the same moment, round after round. The one
     * that gets to run it holds on until the other has tried, so the two always meet: in every round exactly one runs
     * it, and never both at once.
     */
    @Test
    void twoInstancesStartingTogetherNeverRunTheJobAtOnce() throws Exception {
        List<OneInstanceAtATime> instances = List.of(instance(), instance());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(instances.size());
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch bothTried = new CountDownLatch(1);
                List<CompletableFuture<Boolean>> ran = new ArrayList<>();
                for (OneInstanceAtATime instance : instances) {
                    ran.add(CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                boolean didRun = instance.run("shared-job", () -> {
                                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                                    awaitOther(bothTried);
                                    running.decrementAndGet();
                                });
                                if (!didRun) {
                                    bothTried.countDown();
                                }
                                return didRun;
                            },
                            threads));
                }
                List<Boolean> outcomes =
                        ran.stream().map(CompletableFuture::join).toList();
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(mostAtOnce).hasValue(1);
    }

    /**
     * The server ends a session a moment after its client closed the connection; its locks go only then, so a loaded
     * machine could otherwise look too early.
     */
    private void awaitEnded(int session) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = SERVICES.newDataSource().getConnection();
                PreparedStatement locks = connection.prepareStatement(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = ?")) {
            locks.setInt(1, session);
            while (true) {
                try (ResultSet held = locks.executeQuery()) {
                    held.next();
                    if (held.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("session ended within 30 s").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static OneInstanceAtATime instance() {
        return new OneInstanceAtATime(SERVICES.newDataSource());
    }

    private static void await(CyclicBarrier start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other instance did not start", e);
        }
    }

    /** The running instance waits for the other's try; a slow machine gets ample time, a lost try fails the round. */
    private static void awaitOther(CountDownLatch bothTried) {
        try {
            if (!bothTried.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other instance never tried the job");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
