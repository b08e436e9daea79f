package io.crm.changelog;

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
 * One change of a record, written in the transaction of the change: which record, what happened, when and by whom.
 * Consumers reload the current state, so the order of entries of one record does not matter to them.
 */
@Entity
@Table(name = "index_event")
public class ChangeLogEntry {

    @Id
    @SequenceGenerator(name = "index_event_seq", sequenceName = "index_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_event_seq")
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    private EntityType entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private ChangeKind kind;

    /** The user who made the change; null for the system (jobs, demo data). */
    private String actor;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Set after commit, in commit order; null until then. */
    private Long position;

    @Column(name = "changed_fields")
    private String changedFields;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "team_id")
    private String teamId;

    static final int MAX_FIELDS = 1000;

    protected ChangeLogEntry() {}

    ChangeLogEntry(EntityType entityType, long entityId, ChangeKind kind, String actor, OffsetDateTime createdAt) {
        this(entityType, entityId, kind, actor, createdAt, ChangeFacts.NONE);
    }

    ChangeLogEntry(
            EntityType entityType,
            long entityId,
            ChangeKind kind,
            String actor,
            OffsetDateTime createdAt,
            ChangeFacts facts) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.kind = kind;
        this.actor = actor;
        this.createdAt = createdAt;
        this.changedFields = facts.storedFields();
        this.customerId = facts.customerId();
        this.ownerId = facts.ownerId();
        this.teamId = facts.teamId();
    }

    ChangeDetail detail() {
        return new ChangeDetail(
                new LoggedChange(id, position == null ? 0 : position, entityType, entityId),
                kind,
                actor,
                createdAt,
                new ChangeFacts(customerId, ownerId, teamId, ChangeFacts.fieldsOf(changedFields)));
    }

    /** Assigned on persist, before the transaction commits. */
    long id() {
        return id;
    }

    void place(long position) {
        this.position = position;
    }
}
