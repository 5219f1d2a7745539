package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchConnectionsIntegrationTests extends SearchIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SearchConnections connections;

    @Test
    void aSearchAskedOnALoopIsAnsweredAndReadOnThatLoop() throws Exception {
        assertThat(connections.eventLoops()).isNotEmpty();
        for (EventLoop loop : connections.eventLoops()) {
            CompletableFuture<Boolean> readOnTheLoop = new CompletableFuture<>();
            loop.execute(() -> connections
                    .post(everything(), body -> {
                        readAll(body);
                        return loop.inEventLoop();
                    })
                    .subscribe(readOnTheLoop::complete, readOnTheLoop::completeExceptionally));

            assertThat(readOnTheLoop.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSearchAskedElsewhereIsAnsweredAsWell() {
        String answer = connections
                .post(everything(), body -> new String(readAll(body), StandardCharsets.UTF_8))
                .block(WAIT);

        assertThat(answer).contains("\"hits\"");
    }

    @Test
    void anIndexThatDoesNotExistIsRefusedAsAMissingIndex() {
        IndexQuery query =
                new IndexQuery("/dvk-no-such-index/_search", Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections
                        .post(query, SearchConnectionsIntegrationTests::readAll)
                        .block(WAIT))
                .isInstanceOfSatisfying(
                        SearchRefusedException.class,
                        refused -> assertThat(refused.missingIndex()).isTrue())
                .hasMessageContaining("404");
    }

    @Test
    void aQueryElasticsearchCannotReadIsRefusedWithItsStatus() {
        IndexQuery query = new IndexQuery(
                "/_search", Map.of(), "{\"query\":{\"no_such_query\":{}}}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connections
                        .post(query, SearchConnectionsIntegrationTests::readAll)
                        .block(WAIT))
                .isInstanceOfSatisfying(
                        SearchRefusedException.class,
                        refused -> assertThat(refused.missingIndex()).isFalse())
                .hasMessageContaining("400")
                .hasMessageContaining("no_such_query");
    }

    private static IndexQuery everything() {
        return new IndexQuery(
                "/_search", Map.of("filter_path", "hits.total"), "{\"size\":0}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
