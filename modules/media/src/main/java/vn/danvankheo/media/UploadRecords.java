package vn.danvankheo.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code media.upload} rows: who started which upload, and where it is. */
@Repository
class UploadRecords {

    private final JdbcClient jdbc;

    UploadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Upload(
            UUID id,
            UploadKind kind,
            String fileName,
            UUID mediaId,
            String objectKey,
            String storageUploadId,
            long declaredBytes,
            long partBytes,
            UUID startedBy,
            Instant startedAt,
            UploadState state,
            String rejection) {

        int partCount() {
            return (int) ((declaredBytes + partBytes - 1) / partBytes);
        }

        /** Every part is {@code partBytes} long except the last, which holds what is left. */
        long expectedPartBytes(int partNumber) {
            return partNumber < partCount() ? partBytes : declaredBytes - (long) (partCount() - 1) * partBytes;
        }
    }

    void insert(Upload upload) {
        jdbc.sql("""
                        INSERT INTO media.upload (id, kind, file_name, media_id, object_key, declared_bytes, part_bytes,
                            started_by, started_at, state)
                        VALUES (:id, :kind, :fileName, :mediaId, :objectKey, :declaredBytes, :partBytes, :startedBy,
                            :startedAt, 'STARTED')
                        """)
                .param("id", upload.id())
                .param("kind", upload.kind().name())
                .param("fileName", upload.fileName())
                .param("mediaId", upload.mediaId())
                .param("objectKey", upload.objectKey())
                .param("declaredBytes", upload.declaredBytes())
                .param("partBytes", upload.partBytes())
                .param("startedBy", upload.startedBy())
                .param("startedAt", Timestamp.from(upload.startedAt()))
                .update();
    }

    void storageUploadStarted(UUID id, String storageUploadId) {
        jdbc.sql("UPDATE media.upload SET storage_upload_id = :storageUploadId WHERE id = :id")
                .param("id", id)
                .param("storageUploadId", storageUploadId)
                .update();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT * FROM media.upload WHERE id = :id")
                .param("id", id)
                .query(UploadRecords::upload)
                .optional();
    }

    /**
     * Moves an upload from one state to another only if it is still in {@code from}: of two requests racing to
     * complete or abort, exactly one wins.
     */
    boolean transition(UUID id, UploadState from, UploadState to, Instant at, String rejection) {
        boolean finished = to != UploadState.STARTED && to != UploadState.COMPLETING;
        return jdbc.sql("""
                        UPDATE media.upload SET state = :to, finished_at = :finishedAt, rejection = :rejection
                        WHERE id = :id AND state = :from
                        """)
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("finishedAt", finished ? Timestamp.from(at) : null)
                        .param("rejection", rejection)
                        .update()
                == 1;
    }

    boolean completedBy(UUID mediaId, UUID accountId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM media.upload
                                       WHERE media_id = :media AND started_by = :account AND state = 'COMPLETED')
                        """)
                .param("media", mediaId)
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    List<Upload> completedBy(Collection<UUID> accountIds, UploadKind kind, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM media.upload
                        WHERE started_by IN (:accounts) AND kind = :kind AND state = 'COMPLETED'
                        ORDER BY started_at DESC LIMIT :limit
                        """)
                .param("accounts", accountIds)
                .param("kind", kind.name())
                .param("limit", limit)
                .query(UploadRecords::upload)
                .list();
    }

    /** Unfinished uploads started before {@code cutoff}. */
    List<Upload> unfinishedBefore(Instant cutoff) {
        return jdbc.sql("""
                        SELECT * FROM media.upload
                        WHERE state IN ('STARTED', 'COMPLETING') AND started_at < :cutoff ORDER BY started_at
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(UploadRecords::upload)
                .list();
    }

    /** The object keys of uploads still going on, which storage must keep. */
    Set<String> liveKeys(Instant cutoff) {
        return Set.copyOf(jdbc.sql("""
                        SELECT object_key FROM media.upload
                        WHERE state IN ('STARTED', 'COMPLETING') AND started_at >= :cutoff
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list());
    }

    private static Upload upload(ResultSet row, int number) throws SQLException {
        return new Upload(
                row.getObject("id", UUID.class),
                UploadKind.valueOf(row.getString("kind")),
                row.getString("file_name"),
                row.getObject("media_id", UUID.class),
                row.getString("object_key"),
                row.getString("storage_upload_id"),
                row.getLong("declared_bytes"),
                row.getLong("part_bytes"),
                row.getObject("started_by", UUID.class),
                row.getTimestamp("started_at").toInstant(),
                UploadState.valueOf(row.getString("state")),
                row.getString("rejection"));
    }
}
