package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void filtersTakeEveryTimeWithAFourDigitYearAndNameTheFieldOtherwise() {
        assertEquals(
                Instant.parse("0001-01-01T00:00:00Z"),
                TimeRanges.filter("from", Instant.parse("0001-01-01T00:00:00Z")));
        assertEquals(
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                TimeRanges.filter("to", Instant.parse("9999-12-31T23:59:59.999999999Z")));
        assertNull(TimeRanges.filter("to", null));
        for (String time : List.of(
                "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59Z",
                "+1000000-01-01T00:00:00Z",
                "-290000-01-01T00:00:00Z")) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class, () -> TimeRanges.filter("updatedSince", Instant.parse(time)));
            assertEquals("updatedSince", e.violations().get(0).field());
        }
        assertEquals(
                "updatedSince",
                assertThrows(InvalidInputException.class, () -> TimeRanges.filter("updatedSince", Instant.MIN))
                        .violations()
                        .get(0)
                        .field());
        assertThrows(InvalidInputException.class, () -> TimeRanges.filter("to", Instant.MAX));
    }

    @Test
    void monthsRunFromYearOneToYear9999() {
        assertEquals(YearMonth.of(1, 1), TimeRanges.month("from", YearMonth.of(1, 1)));
        assertEquals(YearMonth.of(9999, 12), TimeRanges.month("to", YearMonth.of(9999, 12)));
        assertEquals(
                "to",
                assertThrows(InvalidInputException.class, () -> TimeRanges.month("to", YearMonth.parse("+1000000-01")))
                        .violations()
                        .get(0)
                        .field());
        assertThrows(InvalidInputException.class, () -> TimeRanges.month("from", YearMonth.of(0, 12)));
    }

    @Test
    void whatHappenedLiesBetween1970AndFiveMinutesAheadOfTheClock() {
        assertNull(TimeRanges.happened(Instant.EPOCH, NOW));
        assertNull(TimeRanges.happened(NOW.plusSeconds(300), NOW));
        assertTrue(TimeRanges.happened(NOW.plusSeconds(301), NOW).contains("future"));
        assertTrue(
                TimeRanges.happened(Instant.parse("1969-12-31T23:59:59Z"), NOW).contains("1970"));
        assertTrue(
                TimeRanges.happened(Instant.parse("0001-01-01T00:00:00Z"), NOW).contains("1970"));
        assertTrue(TimeRanges.happened(Instant.MIN, NOW).contains("1970"));
        assertTrue(TimeRanges.happened(Instant.MAX, NOW).contains("future"));
    }

    @Test
    void plansReachAHundredYearsAhead() {
        List<Violation> violations = new ArrayList<>();
        TimeRanges.planned("dueAt", Instant.EPOCH, NOW, violations);
        TimeRanges.planned("dueAt", Instant.parse("2126-11-21T08:00:00Z"), NOW, violations);
        TimeRanges.planned("dueAt", null, NOW, violations);
        assertEquals(List.of(), violations);
        for (Instant late : List.of(
                Instant.parse("2126-11-23T08:00:00Z"),
                Instant.MAX,
                Instant.MIN,
                Instant.parse("1969-12-31T23:59:59Z"))) {
            TimeRanges.planned("dueAt", late, NOW, violations);
        }
        assertEquals(4, violations.size());
        assertTrue(violations.stream().allMatch(v -> v.field().equals("dueAt")));
    }

    @Test
    void birthdaysLieBetween1900AndToday() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<Violation> violations = new ArrayList<>();
        TimeRanges.birthday("birthday", LocalDate.of(1900, 1, 1), today, violations);
        TimeRanges.birthday("birthday", today, today, violations);
        assertEquals(List.of(), violations);
        TimeRanges.birthday("birthday", LocalDate.MAX, today, violations);
        TimeRanges.birthday("birthday", LocalDate.MIN, today, violations);
        TimeRanges.birthday("birthday", today.plusDays(1), today, violations);
        assertEquals(3, violations.size());
    }
}
