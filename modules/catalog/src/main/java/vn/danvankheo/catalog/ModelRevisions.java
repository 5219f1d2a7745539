package vn.danvankheo.catalog;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail, written in the transaction of the change it records. */
@Component
class ModelRevisions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /**
     * Snapshots are kept for ever while the model's shape grows: a snapshot written before a part existed reads with
     * that part empty (false, zero, null), never as an error that would hide the model.
     */
    ModelRevisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(ModelView after, Revision.Change change, List<String> changedFields, Editor editor) {
        jdbc.sql("""
                        INSERT INTO catalog.model_revision (model_id, version, changed_at, changed_by, changed_by_name,
                            change, changed_fields, snapshot)
                        VALUES (:model, :version, :at, :by, :name, :change, :fields, CAST(:snapshot AS jsonb))
                        """)
                .param("model", after.id())
                .param("version", after.state().version())
                .param("at", Timestamp.from(after.state().updatedAt()))
                .param("by", editor.accountId())
                .param("name", editor.name())
                .param("change", change.name())
                .param("fields", changedFields.toArray(String[]::new))
                .param("snapshot", snapshot(after))
                .update();
    }

    /** The snapshot as {@link #record} stores it, for generated rows written in bulk. */
    String snapshot(ModelView after) {
        return json.writeValueAsString(after);
    }

    List<Revision> history(UUID modelId) {
        return jdbc.sql("""
                        SELECT version, changed_at, changed_by, changed_by_name, change, changed_fields
                        FROM catalog.model_revision WHERE model_id = :model ORDER BY version
                        """)
                .param("model", modelId)
                .query((rs, n) -> new Revision(
                        rs.getLong("version"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("changed_by", UUID.class),
                        rs.getString("changed_by_name"),
                        Revision.Change.valueOf(rs.getString("change")),
                        strings(rs.getArray("changed_fields"))))
                .list();
    }

    Optional<ModelView> asOf(UUID modelId, long version) {
        return jdbc.sql("SELECT snapshot::text FROM catalog.model_revision WHERE model_id = :model AND version = :v")
                .param("model", modelId)
                .param("v", version)
                .query(String.class)
                .optional()
                .map(snapshot -> json.readValue(snapshot, ModelView.class));
    }

    /** The model as a moderator last approved it. */
    Optional<ModelView> lastPublished(UUID modelId) {
        return jdbc.sql("""
                        SELECT snapshot::text FROM catalog.model_revision
                        WHERE model_id = :model AND change = 'PUBLISHED' ORDER BY version DESC LIMIT 1
                        """)
                .param("model", modelId)
                .query(String.class)
                .optional()
                .map(snapshot -> json.readValue(snapshot, ModelView.class));
    }

    /** The last approved snapshot of each model given that has one, in one query. */
    java.util.Map<UUID, ModelView> lastPublished(java.util.Collection<UUID> modelIds) {
        java.util.Map<UUID, ModelView> snapshots = new java.util.HashMap<>();
        if (modelIds.isEmpty()) {
            return snapshots;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (model_id) model_id, snapshot::text AS snapshot FROM catalog.model_revision
                        WHERE model_id IN (:models) AND change = 'PUBLISHED' ORDER BY model_id, version DESC
                        """)
                .param("models", modelIds)
                .query((rs, n) -> snapshots.put(
                        rs.getObject("model_id", UUID.class),
                        json.readValue(rs.getString("snapshot"), ModelView.class)))
                .list();
        return snapshots;
    }

    /** The parts changed since a moderator last approved the model, for the moderator to look at first. */
    List<String> changedSinceApproval(UUID modelId) {
        return jdbc.sql("""
                        SELECT DISTINCT unnest(changed_fields) AS part FROM catalog.model_revision
                        WHERE model_id = :model AND change = 'EDITED' AND version > coalesce(
                            (SELECT max(version) FROM catalog.model_revision
                             WHERE model_id = :model AND change = 'PUBLISHED'), 0)
                        ORDER BY part
                        """).param("model", modelId).query(String.class).list();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
