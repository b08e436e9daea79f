package io.crm.changelog;

/** What happened to the record. Entries written before the log knew it say UPDATED. */
public enum ChangeKind {
    CREATED,
    UPDATED,
    DELETED
}
