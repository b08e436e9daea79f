package io.crm.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** How far one instance's index has read the log, and when it last said so. */
@Entity
@Table(name = "index_node")
public class IndexNode {

    @Id
    private String name;

    @Column(nullable = false)
    private long position;

    @Column(name = "seen_at", nullable = false)
    private OffsetDateTime seenAt;

    protected IndexNode() {
    }

    IndexNode(String name, long position, OffsetDateTime seenAt) {
        this.name = name;
        reached(position, seenAt);
    }

    void reached(long position, OffsetDateTime seenAt) {
        this.position = position;
        this.seenAt = seenAt;
    }
}
