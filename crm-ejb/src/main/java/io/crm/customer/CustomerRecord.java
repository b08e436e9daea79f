package io.crm.customer;

/**
 * A record that lives under a customer (a note, a follow-up): as visible as its customer, and changeable by the
 * people it belongs to as long as they may read the customer ({@link Customers#changeableRecord}).
 */
public interface CustomerRecord {

    long customerId();

    long version();

    /** Whether the record is the user's own: they wrote it, or it is assigned to them. */
    boolean belongsTo(String userId);
}
