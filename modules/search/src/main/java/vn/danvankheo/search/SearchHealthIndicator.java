package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reported as "search" under /actuator/health; asks the cluster each time, so it turns UP again on its own. */
@Component("search")
class SearchHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final ElasticsearchAsyncClient client;
    private final SearchProperties properties;

    SearchHealthIndicator(ElasticsearchAsyncClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public Mono<Health> health() {
        return Mono.defer(() -> Mono.fromFuture(client.cluster().health()))
                .timeout(PROBE_TIMEOUT)
                .map(cluster -> (cluster.status() == HealthStatus.Red ? Health.down() : Health.up())
                        .withDetail("url", properties.url())
                        .withDetail("cluster", cluster.clusterName())
                        .withDetail("clusterStatus", cluster.status().jsonValue())
                        .withDetail("nodes", cluster.numberOfNodes())
                        .build())
                .onErrorResume(e -> Mono.just(Health.down()
                        .withDetail("url", properties.url())
                        .withDetail("error", String.valueOf(e.getCause() == null ? e : e.getCause()))
                        .build()));
    }
}
