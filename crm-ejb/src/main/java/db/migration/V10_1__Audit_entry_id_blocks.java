package db.migration;

import io.crm.audit.IdBlocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the reads of several records written before migration 10 the keys they are found by, computed by the code that
 * computes those of new entries ({@link IdBlocks}). On every database, so that the column means the same everywhere;
 * in id order, a thousand entries at a time.
 */
public class V10_1__Audit_entry_id_blocks extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement next = connection.prepareStatement("SELECT id, entity_ids FROM audit_entry"
                        + " WHERE entity_ids IS NOT NULL AND id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_entry SET entity_id_blocks = ? WHERE id = ?")) {
            long after = Long.MIN_VALUE;
            int found;
            do {
                next.setLong(1, after);
                found = 0;
                try (ResultSet rows = next.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        update.setString(
                                1, IdBlocks.column(List.of(rows.getString(2).split(" "))));
                        update.setLong(2, after);
                        update.addBatch();
                        found++;
                    }
                }
                if (found > 0) {
                    update.executeBatch();
                }
            } while (found == BATCH);
        }
    }
}
