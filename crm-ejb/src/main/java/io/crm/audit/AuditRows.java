package io.crm.audit;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/** Rows of the audit trail written with plain JDBC, for entries that come in thousands (reads of personal data). */
final class AuditRows {

    private static final String COLUMNS =
            "(id, occurred_at, actor, action, entity_type, entity_id, entity_ids, entity_id_blocks, source, instance)";

    private AuditRows() {}

    /**
     * PostgreSQL: COPY, which takes the rows in three-fifths of the time of a batch of single-row inserts
     * ({@code AuditRowsBenchmark}, docs/benchmarks.md).
     */
    static void copy(Connection connection, List<AuditEntry> chunk, long[] ids) throws SQLException {
        StringBuilder rows = new StringBuilder(chunk.size() * 100);
        for (int i = 0; i < ids.length; i++) {
            AuditEntry e = chunk.get(i);
            rows.append(ids[i]).append('\t').append(e.occurredAt()).append('\t');
            copyText(rows, e.actor()).append('\t').append(e.action().name()).append('\t');
            copyText(rows, e.entityType()).append('\t');
            copyText(rows, e.entityId()).append('\t');
            copyText(rows, e.entityIdsColumn()).append('\t');
            copyText(rows, e.entityIdBlocksColumn()).append('\t');
            copyText(rows, e.source()).append('\t');
            copyText(rows, e.instance()).append('\n');
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY audit_entry " + COLUMNS + " FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into audit_entry failed", e);
        }
    }

    /** A value in COPY's text format: null as \N, and backslash, tab and line ends escaped. */
    static StringBuilder copyText(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Any other database: one JDBC batch of single-row inserts. */
    static void insert(Connection connection, List<AuditEntry> chunk, long[] ids) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_entry " + COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ids.length; i++) {
                AuditEntry e = chunk.get(i);
                insert.setLong(1, ids[i]);
                insert.setObject(2, e.occurredAt());
                insert.setString(3, e.actor());
                insert.setString(4, e.action().name());
                insert.setString(5, e.entityType());
                insert.setString(6, e.entityId());
                insert.setString(7, e.entityIdsColumn());
                insert.setString(8, e.entityIdBlocksColumn());
                insert.setString(9, e.source());
                insert.setString(10, e.instance());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
