package vn.danvankheo.search;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.HttpResources;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Connections to Elasticsearch owned by the web server's own event loops, one small pool per loop: a search asked on a
 * loop is written, answered and read on that loop, and its answer written back to the browser from it, with no
 * thread woken in between. Through Elasticsearch's low-level client a search crossed to that client's I/O thread and
 * back, and on the idle two-core machine each wake-up cost about half a millisecond (ADR 34). Reads only: indexing
 * and administration keep the Java client.
 */
@Component
class SearchConnections implements DisposableBean {

    /** Per loop, as many searches at once as one instance sees in a burst; more wait for a connection. */
    private static final int CONNECTIONS_PER_LOOP = 16;

    private final ObjectProvider<ReactorResourceFactory> resources;
    private final SearchProperties properties;
    private final AtomicInteger nextLoop = new AtomicInteger();
    private volatile Loops loops;

    SearchConnections(ObjectProvider<ReactorResourceFactory> resources, SearchProperties properties) {
        this.resources = resources;
        this.properties = properties;
    }

    /**
     * POSTs the query and reads the answer with {@code reader} on the event loop that received it; cancelling the Mono
     * closes the connection.
     *
     * @throws SearchRefusedException (as the Mono's error) when Elasticsearch answers with an error status
     */
    <T> Mono<T> post(IndexQuery query, Function<InputStream, T> reader) {
        return Mono.defer(() -> client().post()
                .uri(query.pathAndQuery())
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(query.bytes())))
                .responseSingle((response, body) -> {
                    int status = response.status().code();
                    if (status >= 400) {
                        return body.asString(StandardCharsets.UTF_8)
                                .defaultIfEmpty("")
                                .flatMap(text -> Mono.error(new SearchRefusedException(status, text)));
                    }
                    return body.asInputStream().map(in -> read(in, reader));
                }));
    }

    private static <T> T read(InputStream in, Function<InputStream, T> reader) {
        try (InputStream answer = in) {
            return reader.apply(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loops that own a pool each. */
    List<EventLoop> eventLoops() {
        return loops().loops();
    }

    /** The pool of the loop this runs on; from any other thread, the loops' pools in turn. */
    private HttpClient client() {
        Loops current = loops();
        for (int i = 0; i < current.loops().size(); i++) {
            if (current.loops().get(i).inEventLoop()) {
                return current.clients().get(i);
            }
        }
        return current.clients()
                .get(Math.floorMod(nextLoop.getAndIncrement(), current.clients().size()));
    }

    /** Made on first use: the web server's loops exist once it has started. */
    private Loops loops() {
        Loops made = loops;
        if (made == null) {
            synchronized (this) {
                made = loops;
                if (made == null) {
                    made = connect();
                    loops = made;
                }
            }
        }
        return made;
    }

    private Loops connect() {
        ReactorResourceFactory factory = resources.getIfAvailable();
        LoopResources shared = factory != null ? factory.getLoopResources() : HttpResources.get();
        List<EventLoop> eventLoops = new ArrayList<>();
        for (EventExecutor executor : shared.onServer(true)) {
            eventLoops.add((EventLoop) executor);
        }
        URI url = URI.create(properties.url());
        List<HttpClient> clients = new ArrayList<>();
        List<ConnectionProvider> pools = new ArrayList<>();
        for (int i = 0; i < eventLoops.size(); i++) {
            ConnectionProvider pool = ConnectionProvider.builder("search-" + i)
                    .maxConnections(CONNECTIONS_PER_LOOP)
                    .build();
            pools.add(pool);
            HttpClient client = HttpClient.create(pool)
                    .runOn(eventLoops.get(i))
                    .protocol(HttpProtocol.HTTP11)
                    .baseUrl(url.getScheme() + "://" + url.getAuthority())
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, SearchClientConfiguration.CONNECT_TIMEOUT_MILLIS)
                    .responseTimeout(properties.timeout())
                    .headers(headers -> {
                        headers.set("Content-Type", "application/json");
                        if (properties.username() != null) {
                            headers.set("Authorization", basic(properties.username(), properties.password()));
                        }
                    });
            clients.add("https".equalsIgnoreCase(url.getScheme()) ? client.secure() : client);
        }
        return new Loops(List.copyOf(eventLoops), List.copyOf(clients), List.copyOf(pools));
    }

    private static String basic(String username, String password) {
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        Loops made = loops;
        if (made != null) {
            made.pools().forEach(ConnectionProvider::dispose);
        }
    }

    private record Loops(List<EventLoop> loops, List<HttpClient> clients, List<ConnectionProvider> pools) {}
}
