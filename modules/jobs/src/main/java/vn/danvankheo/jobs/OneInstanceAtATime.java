package vn.danvankheo.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time: the job holds a PostgreSQL advisory lock named after it for its
 * whole run, and an instance that finds it taken skips that turn. A crashed instance's lock goes with its connection.
 * Blocking: call it from the scheduled job's own thread.
 */
@Component
public class OneInstanceAtATime {

    private final DataSource dataSource;

    /** One per instance, on the database every instance shares. */
    public OneInstanceAtATime(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return whether this instance ran the job */
    public boolean run(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(hashtext(?))", job)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(hashtext(?))", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock of job " + job, e);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, job);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
