package io.crm.privacy;

import java.util.List;

/**
 * Which audit entries are about one customer: those of the customer itself, those of its notes, follow-ups, shares
 * and survey invitations, and those that name it as their record's customer ({@code customerId}: purchases, points,
 * survey answers, and notes and follow-ups since deleted). Reads of several customers at once (list pages) name no
 * values and are left out. The last condition scans the trail, which an export or an erasure can afford.
 */
final class PersonalAudit {

    /** The condition on {@code audit_entry}, its parameters in {@link #parameters(long)}. */
    static final String CONDITION = "(entity_type = 'customer' AND entity_id = ?)"
            + " OR (entity_type = 'note' AND entity_id IN (SELECT CAST(id AS VARCHAR(20)) FROM note WHERE customer_id = ?))"
            + " OR (entity_type = 'follow-up' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM follow_up WHERE customer_id = ?))"
            + " OR (entity_type = 'customer-share' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM customer_share WHERE customer_id = ?))"
            + " OR (entity_type = 'survey-invitation' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM survey_invitation WHERE customer_id = ?))"
            + " OR changes LIKE ? OR changes LIKE ?";

    private PersonalAudit() {}

    static List<Object> parameters(long customerId) {
        String id = Long.toString(customerId);
        return List.of(
                id,
                customerId,
                customerId,
                customerId,
                customerId,
                "%\"customerId\":{\"before\":null,\"after\":\"" + id + "\"}%",
                "%\"customerId\":{\"before\":\"" + id + "\",%");
    }
}
