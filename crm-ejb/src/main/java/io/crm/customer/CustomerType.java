package io.crm.customer;

/** Whether the customer is a person or a company. */
public enum CustomerType {
    PERSON,
    COMPANY
}
