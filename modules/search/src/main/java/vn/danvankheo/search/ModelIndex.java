package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.http.client.config.RequestConfig;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The models index: concrete indices named by mapping version and build time behind a stable alias, so a new one is
 * built beside the one readers use and swapped in at once. The mapping itself is versioned JSON under
 * resources/search.
 */
@Component
class ModelIndex {

    static final String MAPPING_VERSION = "v4";
    private static final JsonMapper DEFINITIONS = JsonMapper.builder().build();
    private static final DateTimeFormatter BUILD_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    /** For the calls that end a build: the refresh of a whole new index takes far longer than a search may. */
    private final ElasticsearchClient patientClient;

    private final SearchProperties properties;
    private final Clock clock = Clock.systemUTC();

    ModelIndex(ElasticsearchClient client, SearchProperties properties, ReindexProperties reindex) {
        this.client = client;
        this.properties = properties;
        RestClientOptions.Builder patient =
                ((RestClientOptions) client._transport().options()).toBuilder();
        patient.restClientRequestOptionsBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(SearchClientConfiguration.CONNECT_TIMEOUT_MILLIS)
                        .setSocketTimeout((int) reindex.bulkTimeout().toMillis())
                        .build());
        this.patientClient = client.withTransportOptions(patient.build());
    }

    String alias() {
        return properties.indexPrefix() + "-models";
    }

    /** A name no index has yet, of the current mapping version. */
    String newIndexName() {
        return alias() + "-" + MAPPING_VERSION + "-" + BUILD_TIME.format(clock.instant());
    }

    /** The index readers use now; empty before the first build completes or after the index was lost. */
    Optional<String> current() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(a -> a.name(alias())).result().keySet().stream()
                .findFirst();
    }

    /** Readers have a complete index of the current mapping version. */
    boolean isReady() throws IOException {
        return current()
                .filter(name -> name.startsWith(alias() + "-" + MAPPING_VERSION + "-"))
                .isPresent();
    }

    /**
     * Refreshing and replicas are switched off while a build fills the index (a replica would index every document
     * a second time, and is copied whole far more cheaply at the end), and the translog is written to disk every few
     * seconds rather than at every bulk request: an index whose build is cut short is dropped anyway, so a fill needs
     * no request to be durable. {@link #readyForReaders} turns all three back to their usual values. They are added to
     * the mapping file's own settings (its index sort, ADR 0032), which a settings object set beside the file would
     * replace whole.
     */
    void create(String name) throws IOException {
        ObjectNode definition;
        try (InputStream mapping =
                new ClassPathResource("search/models-" + MAPPING_VERSION + ".json").getInputStream()) {
            definition = (ObjectNode) DEFINITIONS.readTree(mapping);
        }
        ObjectNode settings = definition.withObject("/settings/index");
        settings.put("number_of_replicas", "0");
        settings.put("refresh_interval", "-1");
        settings.put("translog.durability", "async");
        client.indices()
                .create(CreateIndexRequest.of(
                        c -> c.index(name).withJson(new StringReader(DEFINITIONS.writeValueAsString(definition)))));
    }

    /** A built index gets its usual settings back, one refresh and one flush, so all it holds is searchable and kept. */
    void readyForReaders(String name) throws IOException {
        loading(patientClient, name, false);
    }

    long count(String name) throws IOException {
        return patientClient.count(c -> c.index(name)).count();
    }

    /**
     * Moves the alias in one step, so a reader sees either the old index or the new one, then drops the others,
     * including builds cut short by a crash.
     */
    void swapTo(String name) throws IOException {
        client.indices()
                .updateAliases(u -> u.actions(a -> a.remove(
                                r -> r.index(alias() + "-*").alias(alias()).mustExist(false)))
                        .actions(a -> a.add(n -> n.index(name).alias(alias()).isWriteIndex(true))));
        for (String other :
                client.indices().get(g -> g.index(alias() + "-*")).result().keySet()) {
            if (!other.equals(name)) {
                drop(other);
            }
        }
    }

    void drop(String name) throws IOException {
        client.indices().delete(d -> d.index(name));
    }

    /**
     * Settings for a long bulk load into the index readers use: no refresh and no replica while it writes, as a build
     * has them, then the usual ones back and one refresh so readers see everything loaded. The translog stays durable
     * at every request: what a load wrote into the live index is announced as indexed, so it must survive a crash.
     */
    void bulkLoading(boolean loading) throws IOException {
        loading(client, alias(), loading);
    }

    private void loading(ElasticsearchClient via, String index, boolean loading) throws IOException {
        via.indices()
                .putSettings(p -> p.index(index)
                        .settings(s -> s.refreshInterval(r -> r.time(loading ? "-1" : "1s"))
                                .numberOfReplicas(String.valueOf(loading ? 0 : properties.replicas()))
                                .translog(t -> t.durability(TranslogDurability.Request))));
        if (!loading) {
            via.indices().refresh(r -> r.index(index));
            // A build wrote its translog asynchronously: what it holds is on disk before readers are sent to it.
            via.indices().flush(f -> f.index(index));
        }
    }

    /** Into the index readers use. */
    void put(ModelDocument document) throws IOException {
        put(alias(), document);
    }

    void put(String index, ModelDocument document) throws IOException {
        client.index(i -> i.index(index).id(document.id()).document(document));
    }

    void remove(String id) throws IOException {
        remove(alias(), id);
    }

    void remove(String index, String id) throws IOException {
        client.delete(d -> d.index(index).id(id));
    }

    void putAll(String index, List<ModelDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        documents.forEach(document -> bulk.operations(
                op -> op.index(i -> i.index(index).id(document.id()).document(document))));
        requireAllDone(client.bulk(bulk.build()));
    }

    void removeAll(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        ids.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(alias()).id(id))));
        requireAllDone(client.bulk(bulk.build()));
    }

    /** A document that was not there is already removed; any other failure leaves the batch to be done again. */
    private static void requireAllDone(BulkResponse response) {
        if (response.errors()
                && response.items().stream().anyMatch(item -> item.error() != null && item.status() != 404)) {
            throw new UncheckedIOException(new IOException("Bulk indexing failed: "
                    + response.items().stream()
                            .filter(item -> item.error() != null && item.status() != 404)
                            .map(item -> item.id() + ": " + item.error().reason())
                            .limit(5)
                            .toList()));
        }
    }
}
