package io.crm.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * How far one consumer has read the log, and when it last said so. A consumer of each instance has a row per
 * instance; a consumer of the deployment group has one row (instance {@link ChangeConsumer#GROUP}), and the instance
 * that reads a range holds its lease until it has handled it.
 */
@Entity
@Table(name = "change_consumer")
@IdClass(ConsumerPosition.Key.class)
public class ConsumerPosition {

    @Id
    private String consumer;

    @Id
    private String instance;

    @Column(nullable = false)
    private long position;

    @Column(name = "seen_at", nullable = false)
    private OffsetDateTime seenAt;

    @Column(name = "lease_holder")
    private String leaseHolder;

    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    protected ConsumerPosition() {}

    ConsumerPosition(String consumer, String instance, long position, OffsetDateTime seenAt) {
        this.consumer = consumer;
        this.instance = instance;
        reached(position, seenAt);
    }

    void reached(long position, OffsetDateTime seenAt) {
        this.position = position;
        this.seenAt = seenAt;
    }

    long position() {
        return position;
    }

    /** Takes the lease unless another holder's lease still runs; tells whether {@code holder} now holds it. */
    boolean lease(String holder, OffsetDateTime now, Duration length) {
        if (leaseHolder != null && !leaseHolder.equals(holder) && leaseUntil.isAfter(now)) {
            return false;
        }
        leaseHolder = holder;
        leaseUntil = now.plus(length);
        seenAt = now;
        return true;
    }

    /** Whether {@code holder} still holds the lease: nobody took it over after it ran out. */
    boolean heldBy(String holder) {
        return holder.equals(leaseHolder);
    }

    void release() {
        leaseHolder = null;
        leaseUntil = null;
    }

    /** The composite key: one row per consumer and instance. */
    public static class Key implements Serializable {
        private String consumer;
        private String instance;

        public Key() {}

        Key(String consumer, String instance) {
            this.consumer = consumer;
            this.instance = instance;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(consumer, k.consumer) && Objects.equals(instance, k.instance);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumer, instance);
        }
    }
}
