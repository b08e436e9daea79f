package io.crm.customer;

import io.crm.customfield.CustomFieldDefinition;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValues;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Custom values set, changed or removed, in the customer's history ({@code customer_history}, field
 * {@code custom.<key>}, source MANUAL) beside tier and stage: a personal value masked, as the trail keeps it.
 */
final class CustomFieldHistory {

    /** What the history keeps of a value: its text, cut. */
    static final int MAX_VALUE_LENGTH = 600;

    private CustomFieldHistory() {}

    static void record(
            EntityManager em,
            long customerId,
            CustomFieldSet fields,
            Map<String, Object> before,
            Map<String, Object> after,
            String userId,
            OffsetDateTime at) {
        for (String key : CustomValues.changedKeys(before, after)) {
            CustomFieldDefinition field = fields.get(key).orElse(null);
            boolean personal = field == null || field.personal();
            em.createNativeQuery("INSERT INTO customer_history (customer_id, field, from_value, to_value, source,"
                            + " changed_by, changed_at) VALUES (?, ?, CAST(? AS VARCHAR(600)), CAST(? AS VARCHAR(600)),"
                            + " 'MANUAL', ?, ?)")
                    .setParameter(1, customerId)
                    .setParameter(2, "custom." + key)
                    .setParameter(3, shown(before.get(key), personal))
                    .setParameter(4, shown(after.get(key), personal))
                    .setParameter(5, userId)
                    .setParameter(6, at)
                    .executeUpdate();
        }
    }

    private static String shown(Object value, boolean personal) {
        String text = CustomValues.display(value == null ? null : personal ? CustomValues.masked(value) : value);
        if (text == null || text.codePointCount(0, text.length()) <= MAX_VALUE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1)) + "…";
    }
}
