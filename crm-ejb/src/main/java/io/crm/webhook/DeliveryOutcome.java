package io.crm.webhook;

/** How one attempt went: the receiver's status code (null when none came), the time taken, and the error if any. */
public record DeliveryOutcome(Integer statusCode, long latencyMillis, String error) {

    /** A 2xx answer; anything else (3xx included: redirects are not followed) is retried. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
