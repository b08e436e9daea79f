package io.crm.audit;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PendingReadsTest {

    private static List<AuditEntry> reads(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new AuditEntry(OffsetDateTime.now(), "sales1",
                AuditAction.READ_PII, "customer", Integer.toString(i), null, "127.0.0.1")).toList();
    }

    @Test
    void countsWhatWaitsAndHandsOutTheOldestFirst() {
        PendingReads pending = new PendingReads();
        assertEquals(3, pending.add(reads(0, 3)));
        assertEquals(5, pending.add(reads(3, 5)));

        List<AuditEntry> taken = pending.take(4);
        assertEquals(List.of("0", "1", "2", "3"), taken.stream().map(AuditEntry::entityId).toList());
        assertEquals(1, pending.size());
        assertEquals(List.of("4"), pending.take(100).stream().map(AuditEntry::entityId).toList());
        assertEquals(0, pending.size());
        assertEquals(List.of(), pending.take(10));
    }

    @Test
    void entriesGivenBackWaitAgain() {
        PendingReads pending = new PendingReads();
        pending.add(reads(0, 2));
        List<AuditEntry> taken = pending.take(2);
        assertEquals(2, pending.add(taken));
        assertEquals(taken, pending.take(2));
    }
}
