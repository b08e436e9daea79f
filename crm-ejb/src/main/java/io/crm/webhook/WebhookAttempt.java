package io.crm.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One attempt to deliver: when, what the receiver answered (null when it did not), how long it took, what failed. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "latency_millis", nullable = false)
    private long latencyMillis;

    private String error;

    protected WebhookAttempt() {}

    WebhookAttempt(long deliveryId, OffsetDateTime attemptedAt, DeliveryOutcome outcome) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = outcome.statusCode();
        this.latencyMillis = outcome.latencyMillis();
        this.error = outcome.error() == null
                ? null
                : outcome.error()
                        .substring(0, Math.min(MAX_ERROR, outcome.error().length()));
    }

    long deliveryId() {
        return deliveryId;
    }

    AttemptView view() {
        return new AttemptView(attemptedAt.toInstant(), statusCode, latencyMillis, error);
    }
}
