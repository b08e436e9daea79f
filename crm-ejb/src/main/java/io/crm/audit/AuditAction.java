package io.crm.audit;

/** What an actor did to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Read personal data in clear (unmasked). */
    READ_PII
}
