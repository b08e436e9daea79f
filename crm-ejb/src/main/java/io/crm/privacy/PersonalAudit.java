package io.crm.privacy;

import java.util.List;

/**
 * Which audit entries are about one customer: those of the customer itself and of its notes, follow-ups, shares,
 * survey invitations, purchases, points entries and survey answers, found by their records (the changes are sealed,
 * so they cannot be searched). Entries of notes and follow-ups deleted since are not found. Reads of several customers
 * at once (list pages) name no values and are left out.
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
            + " OR (entity_type = 'purchase' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM purchase WHERE customer_id = ?))"
            + " OR (entity_type = 'points-entry' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM points_entry WHERE customer_id = ?))"
            + " OR (entity_type = 'survey-response' AND entity_id IN"
            + " (SELECT CAST(id AS VARCHAR(20)) FROM survey_response WHERE customer_id = ?))";

    private PersonalAudit() {}

    static List<Object> parameters(long customerId) {
        String id = Long.toString(customerId);
        return List.of(id, customerId, customerId, customerId, customerId, customerId, customerId, customerId);
    }
}
