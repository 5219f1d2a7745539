package vn.danvankheo.media.uploads;

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
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.UploadState;

/** The {@code media.upload} rows: who started which upload, and where it is. */
@Repository
public class UploadRecords {

    private final JdbcClient jdbc;

    UploadRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Upload(
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

        public int partCount() {
            return (int) ((declaredBytes + partBytes - 1) / partBytes);
        }

        /** Every part is {@code partBytes} long except the last, which holds what is left. */
        public long expectedPartBytes(int partNumber) {
            return partNumber < partCount() ? partBytes : declaredBytes - (long) (partCount() - 1) * partBytes;
        }
    }

    public void insert(Upload upload) {
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

    public void storageUploadStarted(UUID id, String storageUploadId) {
        jdbc.sql("UPDATE media.upload SET storage_upload_id = :storageUploadId WHERE id = :id")
                .param("id", id)
                .param("storageUploadId", storageUploadId)
                .update();
    }

    public Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT * FROM media.upload WHERE id = :id")
                .param("id", id)
                .query(UploadRecords::upload)
                .optional();
    }

    /**
     * Moves an upload from one state to another only if it is still in {@code from}: of two requests racing to
     * complete or abort, exactly one wins.
     */
    public boolean transition(UUID id, UploadState from, UploadState to, Instant at, String rejection) {
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

    /** STARTED to COMPLETING, the check leased to the caller; false if another request got there first. */
    public boolean startCheck(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE media.upload SET state = 'COMPLETING', checking_since = :now
                        WHERE id = :id AND state = 'STARTED'
                        """).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Takes up the check of a COMPLETING upload nobody is checking any more: released after a failure, or leased
     * before {@code staleBefore} by a request that never finished (the application restarted).
     */
    public boolean resumeCheck(UUID id, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                        UPDATE media.upload SET checking_since = :now
                        WHERE id = :id AND state = 'COMPLETING'
                            AND (checking_since IS NULL OR checking_since < :staleBefore)
                        """)
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .param("staleBefore", Timestamp.from(staleBefore))
                        .update()
                == 1;
    }

    /** The check failed for a reason of ours (storage): the next completion may take it up at once. */
    public void releaseCheck(UUID id) {
        jdbc.sql("UPDATE media.upload SET checking_since = NULL WHERE id = :id AND state = 'COMPLETING'")
                .param("id", id)
                .update();
    }

    public boolean completedBy(UUID mediaId, UUID accountId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM media.upload
                                       WHERE media_id = :media AND started_by = :account AND state = 'COMPLETED')
                        """)
                .param("media", mediaId)
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    public List<Upload> completedBy(Collection<UUID> accountIds, UploadKind kind, int limit) {
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
    public long unfinishedBy(UUID account) {
        return jdbc.sql("""
                        SELECT count(*) FROM media.upload
                        WHERE started_by = :account AND state IN ('STARTED', 'COMPLETING')
                        """).param("account", account).query(Long.class).single();
    }

    /** Bytes declared by the account's uploads started since then; refused files were deleted and do not count. */
    public long declaredBytesSince(UUID account, Instant since) {
        return jdbc.sql("""
                        SELECT coalesce(sum(declared_bytes), 0) FROM media.upload
                        WHERE started_by = :account AND started_at >= :since AND state <> 'REJECTED'
                        """)
                .param("account", account)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public long unfinished() {
        return jdbc.sql("SELECT count(*) FROM media.upload WHERE state IN ('STARTED', 'COMPLETING')")
                .query(Long.class)
                .single();
    }

    public List<Upload> unfinishedBefore(Instant cutoff) {
        return jdbc.sql("""
                        SELECT * FROM media.upload
                        WHERE state IN ('STARTED', 'COMPLETING') AND started_at < :cutoff ORDER BY started_at
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(UploadRecords::upload)
                .list();
    }

    /** The object keys of uploads still going on, which storage must keep. */
    public Set<String> liveKeys(Instant cutoff) {
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
