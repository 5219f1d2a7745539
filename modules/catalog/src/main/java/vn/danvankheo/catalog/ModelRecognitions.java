package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognitions a model shows. Recording one is a change of the model for the read side: it goes out through the
 * outbox in the same transaction, so search shows the badge as soon as the decision is committed.
 */
@Service
public class ModelRecognitions {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    ModelRecognitions(JdbcClient jdbc, Outbox outbox, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Joins the caller's transaction, so a decision and its badge are committed together or not at all. */
    @Transactional
    public void record(UUID modelId, RecognitionBadge badge) {
        int added = jdbc.sql("""
                        INSERT INTO catalog.model_recognition (model_id, level, year, reference, recognised_at)
                        VALUES (:model, :level, :year, :reference, :at)
                        ON CONFLICT (model_id, level, year) DO NOTHING
                        """)
                .param("model", modelId)
                .param("level", badge.level().name())
                .param("year", badge.year())
                .param("reference", badge.reference())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            outbox.modelChanged(modelId, clock.instant());
        }
    }

    /** Highest level first, then the latest year. */
    @Transactional(readOnly = true)
    public List<RecognitionBadge> of(UUID modelId) {
        return of(List.of(modelId)).getOrDefault(modelId, List.of());
    }

    /** The badges of many models in one query, each model's in the order {@link #of(UUID)} gives. */
    @Transactional(readOnly = true)
    public Map<UUID, List<RecognitionBadge>> of(Collection<UUID> modelIds) {
        Map<UUID, List<RecognitionBadge>> badges = new HashMap<>();
        if (modelIds.isEmpty()) {
            return badges;
        }
        jdbc.sql("""
                        SELECT model_id, level, year, reference FROM catalog.model_recognition
                        WHERE model_id = ANY(:models)
                        ORDER BY model_id,
                            array_position(ARRAY['CENTRAL', 'PROVINCIAL', 'GRASSROOTS'], level::text), year DESC
                        """).param("models", modelIds.toArray(UUID[]::new)).query(rs -> {
            badges.computeIfAbsent(rs.getObject("model_id", UUID.class), id -> new ArrayList<>())
                    .add(new RecognitionBadge(
                            RecognitionBadge.Level.valueOf(rs.getString("level")),
                            rs.getInt("year"),
                            rs.getString("reference")));
        });
        return badges;
    }
}
