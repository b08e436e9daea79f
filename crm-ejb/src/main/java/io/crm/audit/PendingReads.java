package io.crm.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The read entries waiting to be written, with their number kept aside: a concurrent queue counts by walking itself. */
final class PendingReads {

    private final ConcurrentLinkedQueue<AuditEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Adds entries; answers how many wait now. */
    int add(Collection<AuditEntry> added) {
        entries.addAll(added);
        return count.addAndGet(added.size());
    }

    /** Takes the oldest entries, at most that many. */
    List<AuditEntry> take(int most) {
        List<AuditEntry> taken = new ArrayList<>(Math.min(most, Math.max(count.get(), 0)));
        AuditEntry entry;
        while (taken.size() < most && (entry = entries.poll()) != null) {
            taken.add(entry);
        }
        count.addAndGet(-taken.size());
        return taken;
    }

    int size() {
        return count.get();
    }

    /** How long the oldest waiting entry has waited at {@code now}; zero when none waits. */
    Duration oldestWait(OffsetDateTime now) {
        AuditEntry first = entries.peek();
        return first == null || first.occurredAt().isAfter(now) ? Duration.ZERO : Duration.between(first.occurredAt(), now);
    }
}
