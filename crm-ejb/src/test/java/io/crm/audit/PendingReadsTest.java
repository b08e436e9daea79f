package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PendingReadsTest {

    private static List<AuditEntry> reads(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> new AuditEntry(
                        OffsetDateTime.now(),
                        "sales1",
                        AuditAction.READ_PII,
                        "customer",
                        Integer.toString(i),
                        null,
                        "127.0.0.1"))
                .toList();
    }

    @Test
    void countsWhatWaitsAndHandsOutTheOldestFirst() {
        PendingReads pending = new PendingReads();
        assertEquals(3, pending.add(reads(0, 3)));
        assertEquals(5, pending.add(reads(3, 5)));

        List<AuditEntry> taken = pending.take(4);
        assertEquals(
                List.of("0", "1", "2", "3"),
                taken.stream().map(AuditEntry::entityId).toList());
        assertEquals(1, pending.records());
        assertEquals(
                List.of("4"),
                pending.take(100).stream().map(AuditEntry::entityId).toList());
        assertEquals(0, pending.records());
        assertEquals(List.of(), pending.take(10));
    }

    @Test
    void anEntryOfAListPageCountsEveryRecordItNames() {
        PendingReads pending = new PendingReads();
        AuditEntry page = AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7", "8", "9"), null);
        assertEquals(3, pending.add(List.of(page)));
        assertEquals(4, pending.add(reads(0, 1)));

        assertEquals(List.of(page), pending.take(2), "a page is taken whole");
        assertEquals(1, pending.records());
        assertEquals(1, pending.take(5).size());
        assertEquals(0, pending.records());
    }

    @Test
    void aReadOfOneRecordIsAnEntryAboutIt() {
        AuditEntry one = AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7"), null);
        assertEquals("7", one.entityId());
        assertEquals(null, one.entityIds());
        AuditEntry page = AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7", "8"), null);
        assertEquals(null, page.entityId());
        assertEquals(List.of("7", "8"), page.entityIds());
        assertEquals(AuditAction.READ_PII, page.action());
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7", "8 9"), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of(), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7", ""), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditEntry.readOf(OffsetDateTime.now(), "admin", "customer", List.of("7\t8", "9"), null));
    }

    @Test
    void entriesGivenBackWaitAgain() {
        PendingReads pending = new PendingReads();
        pending.add(reads(0, 2));
        List<AuditEntry> taken = pending.take(2);
        assertEquals(2, pending.add(taken));
        assertEquals(taken, pending.take(2));
    }

    @Test
    void theOldestWaitIsThatOfTheFirstEntryStillWaiting() {
        PendingReads pending = new PendingReads();
        OffsetDateTime now = OffsetDateTime.now();
        assertEquals(Duration.ZERO, pending.oldestWait(now));
        pending.add(List.of(readAt(now.minusSeconds(90)), readAt(now.minusSeconds(5))));
        assertEquals(Duration.ofSeconds(90), pending.oldestWait(now));
        pending.take(1);
        assertEquals(Duration.ofSeconds(5), pending.oldestWait(now));
        pending.take(1);
        assertEquals(Duration.ZERO, pending.oldestWait(now));
        pending.add(List.of(readAt(now.plusSeconds(1))));
        assertEquals(Duration.ZERO, pending.oldestWait(now), "a clock step back is no wait");
    }

    private static AuditEntry readAt(OffsetDateTime at) {
        return new AuditEntry(at, "sales1", AuditAction.READ_PII, "customer", "42", null, "127.0.0.1");
    }
}
