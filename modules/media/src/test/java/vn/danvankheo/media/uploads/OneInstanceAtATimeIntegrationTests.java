package vn.danvankheo.media.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.media.MediaTestApplication;
import vn.danvankheo.testing.TestServices;

/** A job another instance is running is skipped here, and runs again once that instance is done or gone. */
@SpringBootTest(classes = MediaTestApplication.class)
class OneInstanceAtATimeIntegrationTests {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media-jobs").register(registry);
    }

    @Autowired
    OneInstanceAtATime oneInstance;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aJobRunsOnOneInstanceAtATime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (Connection otherInstance = DriverManager.getConnection(url, user, password);
                Statement sql = otherInstance.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(hashtext('media.abandoned-uploads'))");

            assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                    .isFalse();
            assertThat(oneInstance.run("another-job", runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);
        }

        assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                .as("the other instance's connection closed, and its lock with it")
                .isTrue();
        assertThat(oneInstance.run("media.abandoned-uploads", runs::incrementAndGet))
                .as("a finished run leaves the lock free")
                .isTrue();
        assertThat(runs).hasValue(3);
    }
}
