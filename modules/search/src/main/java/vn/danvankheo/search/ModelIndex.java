package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The models index: a concrete index per mapping version behind a stable alias, so a new mapping can be built beside
 * the old one and swapped in. The mapping itself is versioned JSON under resources/search.
 */
@Component
class ModelIndex {

    static final String MAPPING_VERSION = "v2";

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ModelIndex(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    String alias() {
        return properties.indexPrefix() + "-models";
    }

    String concreteName() {
        return alias() + "-" + MAPPING_VERSION;
    }

    /**
     * Readers use the alias, which points at this version's index only once it has been completely filled; an alias
     * still on an older mapping's index means this one is yet to be built.
     */
    boolean isReady() throws IOException {
        return client.indices()
                .existsAlias(a -> a.name(alias()).index(concreteName()))
                .value();
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

    /** Moves the alias in one step, so readers never see two mappings' indices, and models counted twice. */
    void markReady() throws IOException {
        client.indices()
                .updateAliases(u -> u.actions(a -> a.remove(
                                r -> r.index(alias() + "-*").alias(alias()).mustExist(false)))
                        .actions(a -> a.add(
                                add -> add.index(concreteName()).alias(alias()).isWriteIndex(true))));
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
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new UncheckedIOException(new IOException("Bulk indexing failed: "
                    + response.items().stream()
                            .filter(item -> item.error() != null)
                            .map(item -> item.id() + ": " + item.error().reason())
                            .limit(5)
                            .toList()));
        }
    }
}
