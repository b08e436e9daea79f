package io.crm.customer;

/** A channel for which a customer gives or withdraws marketing consent. */
public enum ConsentChannel {
    EMAIL,
    SMS,
    WECHAT,
    PHONE
}
