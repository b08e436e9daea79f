package io.crm.customer;

/**
 * What an import does with a row that matches a customer already stored (by externalId, else by one of its phones,
 * else by one of its emails).
 */
public enum ImportPolicy {
    /** Leaves the stored customer as it is; the row counts as skipped. */
    SKIP,
    /** Applies the row to the stored customer as a merge patch (only the columns the row fills). */
    UPDATE,
    /** Creates a new customer all the same, as POST /customers?allowDuplicate=true (not for a taken externalId). */
    CREATE
}
