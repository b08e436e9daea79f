package io.crm.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read entries waiting to be written, with the number of records they name kept aside (an entry of a list page
 * names all its records): a concurrent queue counts by walking itself.
 */
final class PendingReads {

    private final ConcurrentLinkedQueue<AuditEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Adds entries; answers how many records their waiting entries name now. */
    int add(Collection<AuditEntry> added) {
        entries.addAll(added);
        return count.addAndGet(added.stream().mapToInt(AuditEntry::records).sum());
    }

    /** Takes the oldest entries until they name at least that many records, or none waits. */
    List<AuditEntry> take(int records) {
        List<AuditEntry> taken = new ArrayList<>();
        int named = 0;
        AuditEntry entry;
        while (named < records && (entry = entries.poll()) != null) {
            taken.add(entry);
            named += entry.records();
        }
        count.addAndGet(-named);
        return taken;
    }

    /** How many records the waiting entries name. */
    int records() {
        return count.get();
    }

    /** How long the oldest waiting entry has waited at {@code now}; zero when none waits. */
    Duration oldestWait(OffsetDateTime now) {
        AuditEntry first = entries.peek();
        return first == null || first.occurredAt().isAfter(now)
                ? Duration.ZERO
                : Duration.between(first.occurredAt(), now);
    }
}
