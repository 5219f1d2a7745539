package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a change in the caller's transaction; {@link OutboxRelay} announces it once the transaction commits. */
@Component
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void modelChanged(UUID modelId, Instant now) {
        jdbc.sql("""
                INSERT INTO catalog.outbox_event (event_type, model_id, occurred_at, next_attempt_at)
                VALUES ('ModelChanged', :modelId, :now, :now)
                """)
                .param("modelId", modelId)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }
}
