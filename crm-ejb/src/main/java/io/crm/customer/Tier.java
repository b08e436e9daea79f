package io.crm.customer;

/** The value tier: POTENTIAL (潜在, no purchase yet), REGULAR (普通), IMPORTANT (重要), VIP. */
public enum Tier {
    POTENTIAL,
    REGULAR,
    IMPORTANT,
    VIP
}
