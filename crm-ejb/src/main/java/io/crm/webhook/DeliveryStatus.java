package io.crm.webhook;

/** PENDING until the receiver answers 2xx (DELIVERED) or retries run out (DEAD); a replay makes it PENDING again. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
