package io.crm.indexing;

/**
 * What a change in the outbox is about. A customer change (owner, team, shares, name, deletion) touches every
 * note and follow-up of the customer, because they carry the customer's visibility.
 */
public enum IndexedEntity {
    NOTE,
    FOLLOW_UP,
    CUSTOMER
}
