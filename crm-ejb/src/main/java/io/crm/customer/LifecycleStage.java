package io.crm.customer;

/** Where the customer stands in their lifecycle. */
public enum LifecycleStage {
    ACQUISITION,
    CONVERSION,
    LOYAL,
    RETENTION_RISK,
    CHURNED
}
