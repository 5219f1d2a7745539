package vn.danvankheo.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table, sent with PostgreSQL's {@code COPY ... FROM STDIN} in its text format: a batch of generated
 * models is one stream per table instead of a statement per row, and the server parses no SQL for each. Values are
 * the ones the JDBC driver would bind; a geometry is given as hexadecimal EWKB, which is what PostGIS reads it as.
 */
final class TableCopy {

    private final String statement;
    private final StringBuilder rows = new StringBuilder(64 * 1024);
    private int count;

    TableCopy(String table, List<String> columns) {
        this.statement = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    TableCopy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        count++;
        return this;
    }

    /** Sends the rows on the connection of the caller's transaction. */
    long into(JdbcTemplate jdbc) {
        if (count == 0) {
            return 0;
        }
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(statement, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return copied == null ? 0 : copied;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean flag) {
            rows.append(flag ? 't' : 'f');
        } else if (value instanceof Instant instant) {
            rows.append(instant);
        } else if (value instanceof String[] array) {
            text(arrayLiteral(array));
        } else {
            text(value.toString());
        }
    }

    private void text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }

    /** A text[] literal: every element quoted, so commas, braces and spaces in it stay part of it. */
    private static String arrayLiteral(String[] elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"')
                    .append(elements[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
