package vn.danvankheo.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The models' positions as search keeps them ({@code search.map_position}, written by {@link IndexedDocuments}):
 * every published one, streamed, or the rows changed since a moment. Blocking: on {@link ModelPositions}' own
 * scheduler only.
 */
@Component
class PositionRows {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;

    PositionRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every published model's position, or an error once more than {@code limit} are read.
     *
     * @return also the database's clock when reading began: a change committed later may be missing from the rows
     */
    Read all(int limit) {
        return jdbc.execute((ConnectionCallback<Read>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            // Only inside a transaction does the driver fetch a page at a time rather than every row at once.
            connection.setAutoCommit(false);
            try (PreparedStatement clock = connection.prepareStatement("SELECT clock_timestamp()");
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT model_id, latitude, longitude FROM search.map_position WHERE published")) {
                Instant began;
                try (ResultSet now = clock.executeQuery()) {
                    now.next();
                    began = now.getTimestamp(1).toInstant();
                }
                select.setFetchSize(FETCH_SIZE);
                StoredPositions positions = new StoredPositions();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (positions.size() == limit) {
                            throw new TooManyModels(limit);
                        }
                        positions.add(rows.getObject(1, UUID.class), rows.getDouble(2), rows.getDouble(3));
                    }
                }
                connection.commit();
                return new Read(positions, began);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /** The rows changed after {@code since}, oldest first, at most {@code limit}, and the database's clock. */
    Changes changedSince(Instant since, int limit) {
        Instant now =
                jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class).toInstant();
        List<Changed> changed = new ArrayList<>();
        jdbc.query(
                """
                SELECT model_id, latitude, longitude, published, changed_at FROM search.map_position
                WHERE changed_at > ? ORDER BY changed_at LIMIT ?
                """,
                rows -> {
                    changed.add(new Changed(
                            rows.getObject(1, UUID.class),
                            rows.getDouble(2),
                            rows.getDouble(3),
                            rows.getBoolean(4),
                            rows.getTimestamp(5).toInstant()));
                },
                Timestamp.from(since),
                limit);
        return new Changes(changed, now);
    }

    /** @param began the database's clock when reading began */
    record Read(StoredPositions positions, Instant began) {}

    /** @param asOf the database's clock just before the rows were read */
    record Changes(List<Changed> rows, Instant asOf) {}

    record Changed(UUID model, double latitude, double longitude, boolean published, Instant changedAt) {}

    /** More models than a snapshot may hold. */
    static final class TooManyModels extends IllegalStateException {
        TooManyModels(int limit) {
            super("More than " + limit + " published models");
        }
    }
}
