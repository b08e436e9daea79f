package io.crm.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One thing a customer did, as a host app reported it. Written by {@link InteractionRows} in JDBC batches, read
 * through JPA (segment rules, the timeline); never changed.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    /** Ids taken a thousand at a time: a full batch costs one round trip to the sequence. */
    static final int ID_BLOCK = 1000;

    @Id
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(updatable = false)
    private String channel;

    /** A JSON object, as the host app sent it (normalized). */
    @Column(updatable = false)
    private String properties;

    @Column(name = "external_id", updatable = false)
    private String externalId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Interaction() {}

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String type() {
        return type;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String channel() {
        return channel;
    }

    public String properties() {
        return properties;
    }

    public String externalId() {
        return externalId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
