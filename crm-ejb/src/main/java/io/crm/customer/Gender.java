package io.crm.customer;

/** A person's gender as they stated it. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER,
    UNKNOWN
}
