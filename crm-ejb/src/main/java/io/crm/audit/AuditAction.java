package io.crm.audit;

/** What an actor did to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Took in another record of the same customer, which was removed. */
    MERGE,
    /** Read personal data in clear (unmasked). */
    READ_PII
}
