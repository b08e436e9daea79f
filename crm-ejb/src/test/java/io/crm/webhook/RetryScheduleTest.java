package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(24));

    @Test
    void waitsDoubleFromTheFirstUpToAnHour() {
        assertEquals(Duration.ofSeconds(5), schedule.wait(1));
        assertEquals(Duration.ofSeconds(10), schedule.wait(2));
        assertEquals(Duration.ofSeconds(20), schedule.wait(3));
        assertEquals(Duration.ofSeconds(5 * 512), schedule.wait(10));
        assertEquals(Duration.ofHours(1), schedule.wait(11));
        assertEquals(Duration.ofHours(1), schedule.wait(1000));
    }

    @Test
    void eachWaitIsSpreadByAtMostAFifthEitherWay() {
        Random random = new Random(42);
        Set<OffsetDateTime> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            OffsetDateTime next = schedule.next(3, DUE, DUE, random);
            Duration wait = Duration.between(DUE, next);
            assertTrue(
                    wait.compareTo(Duration.ofSeconds(16)) >= 0 && wait.compareTo(Duration.ofSeconds(24)) <= 0,
                    wait::toString);
            seen.add(next);
        }
        assertTrue(seen.size() > 100, "spread: " + seen.size() + " distinct times");
    }

    @Test
    void aDeliveryIsDeadOnceItsNextAttemptWouldComeAfter24Hours() {
        Random random = new Random(7);
        OffsetDateTime now = DUE;
        int failures = 0;
        OffsetDateTime next;
        while ((next = schedule.next(++failures, DUE, now, random)) != null) {
            assertTrue(next.isAfter(now));
            assertTrue(!next.isAfter(DUE.plusHours(24)));
            now = next;
        }
        assertTrue(failures > 20 && failures < 40, "attempts in 24 h: " + failures);
        assertTrue(Duration.between(DUE, now).compareTo(Duration.ofHours(22)) > 0, "retried until near the end");
        assertNull(schedule.next(1, DUE, DUE.plusHours(24), random));
        assertNotNull(schedule.next(1, DUE, DUE.plusHours(23), random));
        assertNotEquals(schedule.next(1, DUE, DUE, new Random(1)), schedule.next(1, DUE, DUE, new Random(2)));
    }
}
