package io.crm.customer;

/** The channel through which the customer first came. */
public enum Source {
    WEB,
    SOCIAL,
    OFFLINE_EVENT,
    REFERRAL,
    OTHER
}
