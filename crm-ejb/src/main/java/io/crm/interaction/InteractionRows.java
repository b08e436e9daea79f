package io.crm.interaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The SQL of storing interactions, on whatever connection the caller holds (the container's in the service, an
 * embedded database in tests): one batched INSERT for a whole batch, the stored ids of external ids already known,
 * and the customers' last activity times.
 */
final class InteractionRows {

    static final String INSERT = "INSERT INTO interaction (id, customer_id, type, occurred_at, channel, properties,"
            + " external_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LAST_ACTIVITY = "UPDATE customer SET last_activity_at = ? WHERE id = ?"
            + " AND (last_activity_at IS NULL OR last_activity_at < ?)";

    /** A customer and an external id of theirs. */
    record ExternalKey(long customerId, String externalId) {}

    private InteractionRows() {}

    /** Inserts the rows with the given ids, in one JDBC batch. */
    static void insert(Connection db, List<InteractionData> rows, long[] ids, OffsetDateTime now, String actor)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement(INSERT)) {
            for (int i = 0; i < rows.size(); i++) {
                InteractionData r = rows.get(i);
                s.setLong(1, ids[i]);
                s.setLong(2, r.customerId());
                s.setString(3, r.type());
                s.setObject(4, r.occurredAt());
                setText(s, 5, r.channel());
                setText(s, 6, r.properties());
                setText(s, 7, r.externalId());
                s.setObject(8, now);
                s.setString(9, actor);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The ids stored under the given customers' external ids, for those already stored. */
    static Map<ExternalKey, Long> stored(Connection db, Collection<ExternalKey> keys) throws SQLException {
        Map<ExternalKey, Long> found = new HashMap<>();
        List<ExternalKey> list = new ArrayList<>(keys);
        for (int from = 0; from < list.size(); from += 500) {
            List<ExternalKey> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String pairs = String.join(
                    " OR ",
                    chunk.stream()
                            .map(k -> "(customer_id = ? AND external_id = ?)")
                            .toList());
            try (PreparedStatement s =
                    db.prepareStatement("SELECT customer_id, external_id, id FROM interaction WHERE " + pairs)) {
                int p = 1;
                for (ExternalKey k : chunk) {
                    s.setLong(p++, k.customerId());
                    s.setString(p++, k.externalId());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.put(new ExternalKey(r.getLong(1), r.getString(2)), r.getLong(3));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Moves each customer's last activity time forward to the latest of their new interactions, in customer order so
     * that two batches for the same customers never wait for each other in a circle.
     */
    static void lastActivity(Connection db, SortedMap<Long, OffsetDateTime> latest) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(LAST_ACTIVITY)) {
            for (Map.Entry<Long, OffsetDateTime> e : latest.entrySet()) {
                s.setObject(1, e.getValue());
                s.setLong(2, e.getKey());
                s.setObject(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setText(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
