package io.crm.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One event for one subscription: the signed body it sends on every attempt, and where its delivery stands.
 * Deliveries of one subscription and customer ({@code orderKey}) go out one after another in {@code sequenceNo} order.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "order_key", nullable = false)
    private String orderKey;

    @Column(name = "sequence_no", nullable = false)
    private long sequenceNo;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "lease_holder")
    private String leaseHolder;

    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    /** The replay that queued it again; 0 for the delivery the change log's consumer queued. */
    @Column(name = "replay_id", nullable = false)
    private long replayId;

    protected WebhookDelivery() {}

    WebhookDelivery(long subscriptionId, WebhookEvent event, OffsetDateTime now) {
        this(subscriptionId, event, now, 0);
    }

    WebhookDelivery(long subscriptionId, WebhookEvent event, OffsetDateTime now, long replayId) {
        this.replayId = replayId;
        this.subscriptionId = subscriptionId;
        this.eventId = event.id();
        this.eventType = event.type().code();
        this.orderKey = event.orderKey();
        this.sequenceNo = event.sequence();
        this.payload = event.payload();
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(OffsetDateTime now) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        release();
    }

    /** A failed attempt: the next one at {@code next}, or DEAD when there is none. */
    void failed(OffsetDateTime next) {
        attempts++;
        status = next == null ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
        nextAttemptAt = next;
        release();
    }

    void replay(OffsetDateTime now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        createdAt = now;
        release();
    }

    void release() {
        leaseHolder = null;
        leaseUntil = null;
    }

    public long id() {
        return id;
    }

    long subscriptionId() {
        return subscriptionId;
    }

    String eventId() {
        return eventId;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    boolean heldBy(String holder) {
        return holder.equals(leaseHolder);
    }

    DeliveryView view(java.util.List<AttemptView> attemptViews) {
        return new DeliveryView(
                id,
                subscriptionId,
                eventId,
                eventType,
                status,
                attempts,
                nextAttemptAt == null ? null : nextAttemptAt.toInstant(),
                createdAt.toInstant(),
                deliveredAt == null ? null : deliveredAt.toInstant(),
                replayId == 0 ? null : replayId,
                attemptViews);
    }
}
