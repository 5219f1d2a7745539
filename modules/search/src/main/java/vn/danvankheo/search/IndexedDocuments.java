package vn.danvankheo.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The document last indexed for each published model, kept in search's own table as the bytes Elasticsearch was sent,
 * so a full rebuild streams them instead of making each document again from the catalog (ADR 0029). Whatever indexes
 * or removes a model's document writes here after Elasticsearch accepted the change. Blocking: background work only.
 */
@Component
class IndexedDocuments {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    IndexedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** What was just indexed for these models, replacing what was kept, and where they are. */
    void keep(List<DocumentJson> documents) {
        jdbc.batchUpdate("""
                        INSERT INTO search.indexed_document (model_id, format, document) VALUES (?, ?, ?)
                        ON CONFLICT (model_id) DO UPDATE SET format = EXCLUDED.format, document = EXCLUDED.document
                        """, rows(documents));
        place(documents);
    }

    /**
     * Documents a rebuild made from the catalog, kept only where nothing of the current format is: a change indexed
     * meanwhile by the outbox is newer than what the rebuild read, and the rebuild writes that change again anyway.
     */
    void keepUnlessCurrent(List<DocumentJson> documents) {
        jdbc.batchUpdate("""
                        INSERT INTO search.indexed_document (model_id, format, document) VALUES (?, ?, ?)
                        ON CONFLICT (model_id) DO UPDATE SET format = EXCLUDED.format, document = EXCLUDED.document
                        WHERE search.indexed_document.format <> EXCLUDED.format
                        """, rows(documents));
        place(documents);
    }

    void forget(Collection<UUID> modelIds) {
        if (!modelIds.isEmpty()) {
            client.sql("DELETE FROM search.indexed_document WHERE model_id IN (:models)")
                    .param("models", modelIds)
                    .update();
            client.sql("""
                            UPDATE search.map_position SET published = false, changed_at = clock_timestamp()
                            WHERE model_id IN (:models) AND published
                            """).param("models", modelIds).update();
        }
    }

    /**
     * Where the models now are, for the map ({@link PositionRows}); a row changes, and is seen as changed by every
     * instance, only if the model moved or came back, not for each new version of its document.
     */
    private void place(List<DocumentJson> documents) {
        jdbc.batchUpdate(
                """
                INSERT INTO search.map_position (model_id, latitude, longitude, published) VALUES (?, ?, ?, true)
                ON CONFLICT (model_id) DO UPDATE
                SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, published = true,
                    changed_at = clock_timestamp()
                WHERE (search.map_position.latitude, search.map_position.longitude, search.map_position.published)
                      IS DISTINCT FROM (EXCLUDED.latitude, EXCLUDED.longitude, true)
                """,
                documents.stream()
                        .filter(DocumentJson::hasPosition)
                        .map(document -> new Object[] {document.modelId(), document.latitude(), document.longitude()})
                        .toList());
    }

    /**
     * The documents of the current format kept for models from {@code first} to {@code last}, both included, by
     * model: one range of the primary key, read as it is stored.
     */
    Map<UUID, byte[]> between(UUID first, UUID last) {
        Map<UUID, byte[]> documents = new HashMap<>();
        jdbc.query(
                """
                SELECT model_id, document FROM search.indexed_document
                WHERE model_id BETWEEN ? AND ? AND format = ?
                """,
                rs -> {
                    documents.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                },
                first,
                last,
                ModelDocument.FORMAT);
        return documents;
    }

    private static List<Object[]> rows(List<DocumentJson> documents) {
        return documents.stream()
                .map(document -> new Object[] {document.modelId(), ModelDocument.FORMAT, document.bytes()})
                .toList();
    }
}
