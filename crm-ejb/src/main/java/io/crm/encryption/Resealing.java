package io.crm.encryption;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Re-seals rows under the current key with plain JDBC, for the upgrade and the rotation job. Each row is updated
 * only if its sealed columns still hold what was read (compare and set), so a change the CRM writes meanwhile is
 * never overwritten: such a row is read again. Values in clear (written before encryption) are sealed too.
 */
public final class Resealing {

    private static final int ATTEMPTS = 5;

    private Resealing() {}

    /** The ids of the next {@code limit} rows after {@code afterId} with a sealed value, in id order. */
    public static List<Long> ids(Connection db, SealedTable t, long afterId, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM " + t.table() + " WHERE id > ? AND "
                + anyValue(t) + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
            s.setLong(1, afterId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How many rows with a sealed value have an id above {@code afterId}. */
    public static long countAfter(Connection db, SealedTable t, long afterId) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT COUNT(*) FROM " + t.table() + " WHERE id > ? AND " + anyValue(t))) {
            s.setLong(1, afterId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String anyValue(SealedTable t) {
        return t.columns().stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** Re-seals the values of these rows that are not under the current key; answers how many values changed. */
    public static int reseal(Connection db, SealedTable t, Collection<Long> ids, KeyRing ring) throws SQLException {
        List<String> columns = t.columns();
        String update = "UPDATE " + t.table() + " SET "
                + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ? AND "
                + columns.stream().map(c -> c + " IS NOT DISTINCT FROM ?").collect(Collectors.joining(" AND "));
        int changed = 0;
        List<Long> pending = List.copyOf(ids);
        for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
            String select = "SELECT id, " + String.join(", ", columns) + " FROM " + t.table() + " WHERE id IN ("
                    + pending.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
            List<Long> batchIds = new ArrayList<>();
            List<Integer> batchValues = new ArrayList<>();
            try (PreparedStatement read = db.prepareStatement(select);
                    PreparedStatement write = db.prepareStatement(update)) {
                for (int i = 0; i < pending.size(); i++) {
                    read.setLong(i + 1, pending.get(i));
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        int values = 0;
                        for (int c = 0; c < columns.size(); c++) {
                            String stored = rs.getString(c + 2);
                            String resealed = ring.reseal(stored);
                            values += resealed == null || resealed.equals(stored) ? 0 : 1;
                            write.setString(c + 1, resealed);
                            write.setString(columns.size() + 2 + c, stored);
                        }
                        if (values > 0) {
                            long id = rs.getLong(1);
                            write.setLong(columns.size() + 1, id);
                            write.addBatch();
                            batchIds.add(id);
                            batchValues.add(values);
                        }
                    }
                }
                if (batchIds.isEmpty()) {
                    return changed;
                }
                int[] counts = write.executeBatch();
                List<Long> raced = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        raced.add(batchIds.get(i));
                    } else {
                        changed += batchValues.get(i);
                    }
                }
                pending = raced;
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(t.table() + " rows " + pending + " kept changing while being re-sealed");
        }
        return changed;
    }
}
