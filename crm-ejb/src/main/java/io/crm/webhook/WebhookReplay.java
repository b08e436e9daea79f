package io.crm.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A replay of a time range of one subscription's events: who asked for which range, and how many events it queued
 * again. The deliveries it queued name it ({@code replay_id}).
 */
@Entity
@Table(name = "webhook_replay")
public class WebhookReplay {

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "range_from", nullable = false)
    private OffsetDateTime from;

    @Column(name = "range_to", nullable = false)
    private OffsetDateTime to;

    @Column(nullable = false)
    private int events;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected WebhookReplay() {}

    WebhookReplay(long subscriptionId, OffsetDateTime from, OffsetDateTime to, String createdBy, OffsetDateTime now) {
        this.subscriptionId = subscriptionId;
        this.from = from;
        this.to = to;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    void queued(int events) {
        this.events = events;
    }

    ReplayView view() {
        return new ReplayView(
                id, subscriptionId, from.toInstant(), to.toInstant(), events, createdBy, createdAt.toInstant());
    }
}
