package io.crm.encryption;

import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * The pii-key-rotation job's work, each call in the caller's transaction (a chunk's): the ids of sealed rows in id
 * order, and re-sealing them under the current key while the CRM goes on reading and writing them.
 */
@Stateless
@Unguarded("the steps of the pii-key-rotation job, which runs as the system")
public class KeyRotation {

    public static final String JOB = "pii-key-rotation";

    @Inject
    DataSource dataSource;

    /** Reads the key ring from the configuration now, so a key made current a moment ago is the one used. */
    public String currentKey() {
        return PiiKeys.reload().currentId();
    }

    public List<Long> ids(SealedTable table, long afterId, int limit) {
        return sql(db -> Resealing.ids(db, table, afterId, limit));
    }

    public long countAfter(SealedTable table, long afterId) {
        return sql(db -> Resealing.countAfter(db, table, afterId));
    }

    /** Re-seals these rows; answers the number of values that were under another key or in clear. */
    public int reseal(SealedTable table, Collection<Long> ids) {
        KeyRing ring = PiiKeys.ring();
        return sql(db -> Resealing.reseal(db, table, ids, ring));
    }

    private interface Work<T> {
        T on(Connection db) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            return work.on(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Key rotation failed in the database: " + e.getMessage(), e);
        }
    }
}
