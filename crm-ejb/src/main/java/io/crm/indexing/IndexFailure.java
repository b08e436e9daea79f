package io.crm.indexing;

import io.crm.changelog.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A record one instance could not index. It is retried with doubling back-off; after the last attempt it stays
 * FAILED, reported by health, until an operator replays it.
 */
@Entity
@Table(name = "index_failure")
@IdClass(IndexFailure.Key.class)
public class IndexFailure {

    public enum State {
        RETRYING,
        FAILED
    }

    @Id
    private String node;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    private EntityType entityType;

    @Id
    @Column(name = "entity_id")
    private long entityId;

    @Column(nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "first_failed_at", nullable = false)
    private OffsetDateTime firstFailedAt;

    @Column(name = "last_error")
    private String lastError;

    protected IndexFailure() {}

    IndexFailure(String node, EntityType entityType, long entityId, OffsetDateTime now) {
        this.node = node;
        this.entityType = entityType;
        this.entityId = entityId;
        this.firstFailedAt = now;
        this.state = State.RETRYING;
    }

    /** Counts a failed attempt: the next one waits twice as long as the last, until attempts run out. */
    void failed(String error, OffsetDateTime now, int maxAttempts, Duration firstDelay) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        state = attempts >= maxAttempts ? State.FAILED : State.RETRYING;
        nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
    }

    void replay(OffsetDateTime now) {
        attempts = 0;
        state = State.RETRYING;
        nextAttemptAt = now;
    }

    int attempts() {
        return attempts;
    }

    EntityType entityType() {
        return entityType;
    }

    long entityId() {
        return entityId;
    }

    OffsetDateTime firstFailedAt() {
        return firstFailedAt;
    }

    String lastError() {
        return lastError;
    }

    State state() {
        return state;
    }

    OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The composite key: one row per instance and record. */
    public static class Key implements Serializable {
        private String node;
        private EntityType entityType;
        private long entityId;

        public Key() {}

        Key(String node, EntityType entityType, long entityId) {
            this.node = node;
            this.entityType = entityType;
            this.entityId = entityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && entityId == k.entityId
                    && entityType == k.entityType
                    && Objects.equals(node, k.node);
        }

        @Override
        public int hashCode() {
            return Objects.hash(node, entityType, entityId);
        }
    }
}
