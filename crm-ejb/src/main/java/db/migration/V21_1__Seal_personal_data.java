package db.migration;

import io.crm.customer.ContactPoints;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import io.crm.encryption.Resealing;
import io.crm.encryption.SealedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the personal data an existing database holds in clear under the current key of the deployment's ring, and
 * replaces the clear duplicate keys ({@code phone:+86…}, {@code email:…}) by their blind indexes: the same code as
 * the CRM's own writes and the rotation job, a thousand rows at a time.
 */
public class V21_1__Seal_personal_data extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        KeyRing ring = null;
        // the tables sealed since V21; one sealed later is sealed by a migration of its own (V29_1)
        for (SealedTable table : EnumSet.range(SealedTable.CUSTOMER, SealedTable.AUDIT_ENTRY)) {
            long after = Long.MIN_VALUE;
            List<Long> ids;
            while (!(ids = Resealing.ids(db, table, after, BATCH)).isEmpty()) {
                ring = ring == null ? PiiKeys.ring() : ring; // an empty database needs no keys
                Resealing.reseal(db, table, ids, ring);
                if (table == SealedTable.CUSTOMER) {
                    blindContactKeys(db, ring, ids);
                }
                after = ids.get(ids.size() - 1);
            }
        }
    }

    private static void blindContactKeys(Connection db, KeyRing ring, List<Long> customerIds) throws SQLException {
        List<Object[]> clear = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT customer_id, contact_key FROM customer_contact_key"
                + " WHERE customer_id IN ("
                + customerIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ") AND (contact_key LIKE 'phone:+%' OR contact_key LIKE 'email:%@%')")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    clear.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE customer_contact_key SET contact_key = ? WHERE customer_id = ? AND contact_key = ?")) {
            for (Object[] row : clear) {
                update.setString(1, ContactPoints.blindKey(ring, (String) row[1]));
                update.setLong(2, (Long) row[0]);
                update.setString(3, (String) row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
