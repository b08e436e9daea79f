package db.migration;

import io.crm.encryption.PiiKeys;
import io.crm.encryption.Resealing;
import io.crm.encryption.SealedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Seals the webhook secrets stored in clear before V29 under the current key, as the CRM now writes them. */
public class V29_1__Seal_webhook_secrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<Long> ids = Resealing.ids(db, SealedTable.WEBHOOK_SUBSCRIPTION, Long.MIN_VALUE, Integer.MAX_VALUE);
        if (!ids.isEmpty()) { // an empty database needs no keys
            Resealing.reseal(db, SealedTable.WEBHOOK_SUBSCRIPTION, ids, PiiKeys.ring());
        }
    }
}
