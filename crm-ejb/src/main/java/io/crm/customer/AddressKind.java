package io.crm.customer;

/** What an address of a customer is for. */
public enum AddressKind {
    HOME,
    WORK,
    BILLING,
    SHIPPING,
    OTHER
}
