package io.crm.encryption;

import java.util.List;

/**
 * Every table with sealed columns, keyed by a numeric id: what the upgrade seals and the rotation job re-seals.
 * A personal column added later is sealed by its entity's converter and listed here.
 */
public enum SealedTable {
    CUSTOMER("customer", List.of("phones", "emails", "wechat_id", "birthday")),
    SURVEY_RESPONSE("survey_response", List.of("comment")),
    SURVEY_IMPORT("survey_import", List.of("content")),
    NOTE("note", List.of("text")),
    FOLLOW_UP("follow_up", List.of("content", "outcome", "next_step")),
    AUDIT_ENTRY("audit_entry", List.of("changes")),
    /** Not personal, but a key to the subscriber's trust: sealed the same way. */
    WEBHOOK_SUBSCRIPTION("webhook_subscription", List.of("secret", "previous_secret")),
    /** The values of personal custom fields (a row per value). */
    CUSTOMER_CUSTOM_VALUE("customer_custom_value", List.of("sealed_value")),
    /**
     * The customer's addresses (since V35): an entry of its own, after the others, so that the upgrade that sealed the
     * columns V21 knew ({@code V21_1}) does not look for one that comes later.
     */
    CUSTOMER_ADDRESSES("customer", List.of("addresses"));

    private final String table;
    private final List<String> columns;

    SealedTable(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }
}
