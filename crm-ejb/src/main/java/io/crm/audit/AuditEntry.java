package io.crm.audit;

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
import java.util.Objects;

/** One line of the audit trail: an actor's write or read of personal data, as it happened; never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    /** JSON text {"field": {"before": …, "after": …}}; null for reads. */
    @Column(updatable = false)
    private String changes;

    @Column(updatable = false)
    private String source;

    protected AuditEntry() {
    }

    public AuditEntry(OffsetDateTime occurredAt, String actor, AuditAction action, String entityType, String entityId,
                      String changes, String source) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.changes = changes;
        this.source = source;
    }

    public long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String changes() {
        return changes;
    }

    public String source() {
        return source;
    }
}
