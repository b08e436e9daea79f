package io.crm.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that orders the outbox: whoever holds its lock gives committed events their positions, and it
 * remembers up to which position events were removed (an index behind that point must be rebuilt).
 */
@Entity
@Table(name = "index_log")
public class IndexLog {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "pruned_through", nullable = false)
    private long prunedThrough;

    protected IndexLog() {
    }

    long next() {
        return ++lastPosition;
    }

    long lastPosition() {
        return lastPosition;
    }

    long prunedThrough() {
        return prunedThrough;
    }

    void prunedThrough(long position) {
        prunedThrough = Math.max(prunedThrough, position);
    }
}
