package io.crm.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The single row that orders the change log: whoever holds its lock gives committed entries their positions, and it
 * remembers up to which position, and up to which time, entries were pruned (a consumer behind that point cannot catch
 * up by the log, and a replay of changes made before that time would miss some).
 */
@Entity
@Table(name = "index_log")
public class ChangeLogHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "pruned_through", nullable = false)
    private long prunedThrough;

    /** The newest time of the entries pruned; null while none was: a replay from before it would miss changes. */
    @Column(name = "pruned_until")
    private OffsetDateTime prunedUntil;

    protected ChangeLogHead() {}

    /** The row the schema migration inserts; built by hand only where no migration runs. */
    static ChangeLogHead first() {
        ChangeLogHead head = new ChangeLogHead();
        head.id = ID;
        return head;
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

    OffsetDateTime prunedUntil() {
        return prunedUntil;
    }

    /** Entries up to this position, made up to this time, were removed. */
    void pruned(long position, OffsetDateTime until) {
        prunedThrough(position);
        if (prunedUntil == null || until.isAfter(prunedUntil)) {
            prunedUntil = until;
        }
    }
}
