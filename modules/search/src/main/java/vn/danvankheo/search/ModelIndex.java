package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.danvankheo.catalog.Field;

/**
 * The models index: a concrete index per mapping version behind a stable alias, so a new mapping can be built beside
 * the old one and swapped in. The mapping itself is versioned JSON under resources/search.
 */
@Component
class ModelIndex {

    static final String MAPPING_VERSION = "v1";

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ModelIndex(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** Models of one field, as both the map and its counts filter them. */
    static Query fieldIs(Field field) {
        return Query.of(q -> q.term(t -> t.field("field").value(field.name())));
    }

    String alias() {
        return properties.indexPrefix() + "-models";
    }

    String concreteName() {
        return alias() + "-" + MAPPING_VERSION;
    }

    /** Readers use the alias, which exists only once the index has been completely filled. */
    boolean isReady() throws IOException {
        return client.indices().existsAlias(a -> a.name(alias())).value();
    }

    void createIfMissing() throws IOException {
        if (client.indices().exists(e -> e.index(concreteName())).value()) {
            return;
        }
        try (InputStream mapping =
                new ClassPathResource("search/models-" + MAPPING_VERSION + ".json").getInputStream()) {
            client.indices()
                    .create(CreateIndexRequest.of(c -> c.index(concreteName())
                            .withJson(mapping)
                            .settings(s -> s.numberOfReplicas(String.valueOf(properties.replicas())))));
        }
    }

    void markReady() throws IOException {
        client.indices().putAlias(a -> a.index(concreteName()).name(alias()).isWriteIndex(true));
    }

    void put(ModelDocument document) throws IOException {
        client.index(i -> i.index(concreteName()).id(document.id()).document(document));
    }

    void remove(String id) throws IOException {
        client.delete(d -> d.index(concreteName()).id(id));
    }

    void putAll(List<ModelDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        documents.forEach(document -> bulk.operations(
                op -> op.index(i -> i.index(concreteName()).id(document.id()).document(document))));
        requireAllDone(client.bulk(bulk.build()));
    }

    void removeAll(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        ids.forEach(id ->
                bulk.operations(op -> op.delete(d -> d.index(concreteName()).id(id))));
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
