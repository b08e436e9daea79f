package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronExpressionTest {

    @Test
    void firesAtTheTimeOfDayInItsZone() {
        CronExpression nightly = CronExpression.parse("0 2 * * *", "Asia/Shanghai");

        assertEquals(
                List.of(Instant.parse("2026-11-22T18:00:00Z"), Instant.parse("2026-11-23T18:00:00Z")),
                nightly.next(Instant.parse("2026-11-22T08:00:00Z"), 2));
    }

    @Test
    void stepsListsRangesAndWeekdaysAsInUnixCron() {
        CronExpression weekdays = CronExpression.parse("*/15 9-10 * * 1-5", "UTC");

        // Saturday 2026-11-21 → Monday 2026-11-23 09:00
        assertEquals(
                List.of(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T09:15:00Z")),
                weekdays.next(Instant.parse("2026-11-21T12:00:00Z"), 2));
    }

    @Test
    void aTimeThatDoesNotExistOnADaylightSavingNightIsSkippedThatNight() {
        CronExpression at230 = CronExpression.parse("30 2 * * *", "Europe/Berlin");

        // 2026-03-29 has no 02:30 in Berlin (clocks jump from 02:00 to 03:00): no fire that night, then 02:30 CEST
        assertEquals(
                List.of(Instant.parse("2026-03-30T00:30:00Z"), Instant.parse("2026-03-31T00:30:00Z")),
                at230.next(Instant.parse("2026-03-28T12:00:00Z"), 2));
    }

    @Test
    void aTimeThatOccursTwiceOnTheNightClocksGoBackFiresOnce() {
        CronExpression at230 = CronExpression.parse("30 2 * * *", "Europe/Berlin");

        // 2026-10-25: 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time)
        assertEquals(
                List.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-26T01:30:00Z")),
                at230.next(Instant.parse("2026-10-24T12:00:00Z"), 2));
    }

    @Test
    void theNextFireIsStrictlyAfterTheGivenInstant() {
        CronExpression everyMinute = CronExpression.parse("* * * * *", "UTC");

        assertEquals(
                Instant.parse("2026-11-22T08:01:00Z"),
                everyMinute.next(Instant.parse("2026-11-22T08:00:00Z")).orElseThrow());
    }

    @Test
    void badExpressionsAndZonesAreRefusedNamingTheField() {
        for (String bad : new String[] {
            "", "* * * *", "0 2 * * * *", "61 * * * *", "0 25 * * *", "0 2 32 * *", "x y z a b", "0 2 * 13 *"
        }) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> CronExpression.parse(bad, "UTC"), bad);
            assertEquals("cron", e.violations().get(0).field(), bad);
        }
        InvalidInputException zone =
                assertThrows(InvalidInputException.class, () -> CronExpression.parse("0 2 * * *", "Mars/Olympus"));
        assertEquals("timeZone", zone.violations().get(0).field());
    }

    @Test
    void anExpressionThatNeverFiresIsRefused() {
        assertThrows(InvalidInputException.class, () -> CronExpression.parse("0 0 31 2 *", "UTC"));
    }
}
