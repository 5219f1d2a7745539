package vn.danvankheo.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.catalog.ProgressUpdate.IndicatorValue;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.catalog.ProgressUpdate.Status;
import vn.danvankheo.catalog.ProgressUpdate.UpdateMedia;

/**
 * A model's timeline of progress updates. Blocking, like {@link ModelCatalog}; people reach it through
 * {@link ModelWrites}, which checks who may write and who may approve.
 */
@Service
public class ProgressUpdates {

    private static final BigDecimal LARGEST_VALUE = new BigDecimal("1e15");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ModelCatalog catalog;
    private final Outbox outbox;
    private final Clock clock;

    ProgressUpdates(
            JdbcClient jdbc, JsonMapper json, ModelCatalog catalog, Outbox outbox, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A unit reports progress; it waits for a moderator. Indicators are those of the model's plan, by name. */
    @Transactional
    ProgressUpdate write(UUID modelId, NewUpdate update, Editor editor) {
        ModelView model = catalog.find(modelId).orElseThrow(() -> new ModelNotFoundException(modelId.toString()));
        check(update, model);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO catalog.model_update (id, model_id, written_at, written_by, written_by_name, body,
                            indicator_values, media, status)
                        VALUES (:id, :model, :at, :by, :name, :body, CAST(:values AS jsonb), CAST(:media AS jsonb),
                            'SUBMITTED')
                        """)
                .param("id", id)
                .param("model", modelId)
                .param("at", Timestamp.from(now()))
                .param("by", editor.accountId())
                .param("name", editor.name())
                .param("body", update.body().strip())
                .param("values", json.writeValueAsString(update.indicatorValues()))
                .param("media", json.writeValueAsString(update.media()))
                .update();
        return find(modelId, id).orElseThrow();
    }

    /** Approves the version of the update the moderator read. */
    @Transactional
    ProgressUpdate publish(UUID modelId, UUID updateId, long basedOn, Editor editor) {
        return review(modelId, updateId, basedOn, Status.PUBLISHED, null, editor);
    }

    @Transactional
    ProgressUpdate sendBack(UUID modelId, UUID updateId, long basedOn, String reason, Editor editor) {
        ModelRules.checkReason(reason);
        return review(modelId, updateId, basedOn, Status.SENT_BACK, reason.strip(), editor);
    }

    /** Every update of the model, newest first, whatever its review: for the unit and its moderators. */
    @Transactional(readOnly = true)
    public List<ProgressUpdate> timeline(UUID modelId) {
        return jdbc.sql("SELECT * FROM catalog.model_update WHERE model_id = :model ORDER BY written_at DESC, id")
                .param("model", modelId)
                .query(this::update)
                .list();
    }

    /** What the public reads: approved updates of a published model, newest first. */
    @Transactional(readOnly = true)
    public List<ProgressUpdate> publishedTimeline(UUID modelId) {
        return jdbc.sql("""
                        SELECT u.* FROM catalog.model_update u JOIN catalog.model m ON m.id = u.model_id
                        WHERE u.model_id = :model AND u.status = 'PUBLISHED' AND m.status = 'PUBLISHED'
                        ORDER BY u.written_at DESC, u.id
                        """).param("model", modelId).query(this::update).list();
    }

    /** The public timelines of many models in one query, for rebuilding a read model a page at a time. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<ProgressUpdate>> publishedTimelines(java.util.Collection<UUID> modelIds) {
        java.util.Map<UUID, List<ProgressUpdate>> timelines = new java.util.HashMap<>();
        if (modelIds.isEmpty()) {
            return timelines;
        }
        jdbc.sql("""
                        SELECT u.* FROM catalog.model_update u JOIN catalog.model m ON m.id = u.model_id
                        WHERE u.model_id IN (:models) AND u.status = 'PUBLISHED' AND m.status = 'PUBLISHED'
                        ORDER BY u.written_at DESC, u.id
                        """)
                .param("models", modelIds)
                .query(this::update)
                .list()
                .forEach(update -> timelines
                        .computeIfAbsent(update.modelId(), id -> new java.util.ArrayList<>())
                        .add(update));
        return timelines;
    }

    /** Updates waiting for a moderator in a locality (both codes null: everywhere), oldest first. */
    @Transactional(readOnly = true)
    public List<ProgressUpdate> awaitingReview(String provinceCode, String communeCode) {
        return jdbc.sql("""
                        SELECT u.* FROM catalog.model_update u JOIN catalog.model m ON m.id = u.model_id
                        WHERE u.status = 'SUBMITTED'
                          AND (CAST(:province AS varchar) IS NULL OR m.province_code = :province)
                          AND (CAST(:commune AS varchar) IS NULL OR m.commune_code = :commune)
                        ORDER BY u.written_at, u.id
                        """)
                .param("province", provinceCode)
                .param("commune", communeCode)
                .query(this::update)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ProgressUpdate> find(UUID modelId, UUID updateId) {
        return jdbc.sql("SELECT * FROM catalog.model_update WHERE id = :id AND model_id = :model")
                .param("id", updateId)
                .param("model", modelId)
                .query(this::update)
                .optional();
    }

    private ProgressUpdate review(
            UUID modelId, UUID updateId, long basedOn, Status outcome, String reason, Editor editor) {
        ProgressUpdate current =
                find(modelId, updateId).orElseThrow(() -> new ModelNotFoundException("cập nhật " + updateId));
        if (current.status() != Status.SUBMITTED) {
            throw new InvalidModelException("Cập nhật này không còn chờ duyệt.");
        }
        int changed = jdbc.sql("""
                        UPDATE catalog.model_update
                        SET status = :status, reviewed_at = :at, reviewed_by_name = :name,
                            sent_back_reason = :reason, version = version + 1
                        WHERE id = :id AND version = :basedOn AND status = 'SUBMITTED'
                        """)
                .param("status", outcome.name())
                .param("at", Timestamp.from(now()))
                .param("name", editor.name())
                .param("reason", reason)
                .param("id", updateId)
                .param("basedOn", basedOn)
                .update();
        if (changed == 0) {
            throw new ModelEditConflictException(current.version());
        }
        if (outcome == Status.PUBLISHED) {
            // What the public sees of the model changed: readers such as the map's "has video" filter follow it.
            outbox.modelChanged(modelId, now());
        }
        return find(modelId, updateId).orElseThrow();
    }

    /** The checks of {@link #write}, which the generator's bulk door makes too. */
    static void check(NewUpdate update, ModelView model) {
        DetailsRules.requiredText(update.body(), 10_000, "Nội dung cập nhật");
        DetailsRules.require(update.indicatorValues().size() <= 50, "Nhiều nhất 50 giá trị chỉ tiêu.");
        DetailsRules.require(update.media().size() <= 20, "Nhiều nhất 20 ảnh, video cho một lần cập nhật.");
        Set<String> planned = model.details().plan().goals().stream()
                .flatMap(goal -> goal.indicators().stream())
                .map(indicator -> indicator.name().strip())
                .collect(Collectors.toSet());
        for (IndicatorValue value : update.indicatorValues()) {
            DetailsRules.require(
                    value != null && value.indicator() != null && value.value() != null,
                    "Giá trị chỉ tiêu cần có tên chỉ tiêu và con số.");
            DetailsRules.require(
                    planned.contains(value.indicator().strip()),
                    "Chỉ tiêu \"" + value.indicator().strip() + "\" không có trong kế hoạch của mô hình.");
            DetailsRules.require(
                    value.value().abs().compareTo(LARGEST_VALUE) < 0,
                    "Giá trị của chỉ tiêu \"" + value.indicator().strip() + "\" quá lớn.");
        }
        for (UpdateMedia media : update.media()) {
            DetailsRules.require(
                    media != null && media.mediaId() != null && media.kind() != null,
                    "Ảnh, video chưa được tải lên kho lưu trữ.");
            DetailsRules.optionalText(media.caption(), 500, "Chú thích");
            DetailsRules.optionalText(media.credit(), 300, "Tác giả");
        }
    }

    private ProgressUpdate update(ResultSet row, int n) throws SQLException {
        Timestamp reviewedAt = row.getTimestamp("reviewed_at");
        return new ProgressUpdate(
                row.getObject("id", UUID.class),
                row.getObject("model_id", UUID.class),
                row.getTimestamp("written_at").toInstant(),
                row.getString("written_by_name"),
                row.getString("body"),
                json.readValue(row.getString("indicator_values"), new TypeReference<List<IndicatorValue>>() {}),
                json.readValue(row.getString("media"), new TypeReference<List<UpdateMedia>>() {}),
                Status.valueOf(row.getString("status")),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                row.getString("reviewed_by_name"),
                row.getString("sent_back_reason"),
                row.getLong("version"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
