package io.crm.indexing;

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

/** One change of something the search index holds; the index reloads the current state, so only the id matters. */
@Entity
@Table(name = "index_event")
public class IndexEvent {

    @Id
    @SequenceGenerator(name = "index_event_seq", sequenceName = "index_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_event_seq")
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    private IndexedEntity entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Set after commit, in commit order; null until then. */
    private Long position;

    protected IndexEvent() {
    }

    IndexEvent(IndexedEntity entityType, long entityId, OffsetDateTime createdAt) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.createdAt = createdAt;
    }

    /** Assigned on persist, before the transaction commits. */
    long id() {
        return id;
    }

    void place(long position) {
        this.position = position;
    }
}
