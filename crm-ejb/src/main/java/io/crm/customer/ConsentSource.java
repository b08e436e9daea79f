package io.crm.customer;

/** Where a change of marketing consent came from. */
public enum ConsentSource {
    /** A user of the CRM through the REST API. */
    API,
    /** An import of customers (the demo data is one). */
    IMPORT,
    /** A survey answer. */
    SURVEY,
    /** A public link the customer followed (no login). */
    PUBLIC_LINK,
    /** The state a customer held when consent history began (migration V20). */
    MIGRATION,
    /** Withdrawn by the erasure of the customer. */
    ERASURE
}
