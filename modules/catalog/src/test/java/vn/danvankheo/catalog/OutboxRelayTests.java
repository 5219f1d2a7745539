package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayTests {

    @Test
    void backOffDoublesUpToTheConfiguredCeiling() {
        var properties = new CatalogProperties(null, null, Duration.ofSeconds(30), null);
        var relay = new OutboxRelay(
                null,
                null,
                null,
                properties,
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(java.time.Clock.class));

        assertThat(relay.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(relay.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(relay.backoff(6)).isEqualTo(Duration.ofSeconds(16));
        assertThat(relay.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(relay.backoff(1_000)).isEqualTo(Duration.ofSeconds(30));
    }
}
