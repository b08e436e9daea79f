package io.crm.audit;

/** What an actor did to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Took in another record of the same customer, which was removed. */
    MERGE,
    /** Read personal data in clear (unmasked). */
    READ_PII,
    /** Exported everything held about a person (the right of access), or asked for an export of customers. */
    EXPORT,
    /** Erased a person: anonymized their records (the right to be forgotten). */
    ERASE
}
