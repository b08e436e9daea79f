package io.crm.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The times and dates the CRM takes, in one place. Java writes years up to a billion; the databases and the records do
 * not, so everything outside these ranges is refused with the field named, before any query or write sees it.
 * <ul>
 * <li>Filters (updatedSince, from, to, dueBefore, segment rules): any time with a four-digit year,
 * 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; months 0001-01 to 9999-12.</li>
 * <li>Things that happened (a purchase, a survey response): from 1970-01-01T00:00:00Z to five minutes ahead of the
 * server's clock (the skew of a client's clock).</li>
 * <li>Things planned (a follow-up's due time): from 1970-01-01T00:00:00Z to 100 years ahead.</li>
 * <li>Birthdays: from 1900-01-01 to today (UTC).</li>
 * </ul>
 */
public final class TimeRanges {

    public static final Instant EARLIEST_FILTER = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST_FILTER = Instant.parse("9999-12-31T23:59:59.999999999Z");
    public static final YearMonth EARLIEST_MONTH = YearMonth.of(1, 1);
    public static final YearMonth LATEST_MONTH = YearMonth.of(9999, 12);
    /** No record of the CRM's happened before this. */
    public static final Instant EARLIEST_EVENT = Instant.EPOCH;
    /** How far ahead of the server's clock a client's clock may run when it says something happened "now". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How far ahead something can be planned: days in 100 years of the Gregorian calendar, leap days included. */
    public static final Duration PLANNING_HORIZON = Duration.ofDays(36_524);

    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    private TimeRanges() {}

    /** A filter's time as given (null stays null); outside the filter range → 400 naming the field. */
    public static Instant filter(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST_FILTER) || value.isAfter(LATEST_FILTER))) {
            throw new InvalidInputException(field, "must lie between " + EARLIEST_FILTER + " and " + LATEST_FILTER);
        }
        return value;
    }

    /** A filter's month as given (null stays null); outside 0001-01 to 9999-12 → 400 naming the field. */
    public static YearMonth month(String field, YearMonth value) {
        if (value != null && (value.isBefore(EARLIEST_MONTH) || value.isAfter(LATEST_MONTH))) {
            throw new InvalidInputException(field, "must be a month from " + EARLIEST_MONTH + " to " + LATEST_MONTH);
        }
        return value;
    }

    /** The problem with the time something happened, or null if it may be recorded. */
    public static String happened(Instant value, Instant now) {
        if (value.isBefore(EARLIEST_EVENT)) {
            return "must not lie before " + EARLIEST_EVENT;
        }
        if (value.isAfter(now.plus(CLOCK_SKEW))) {
            return "must not lie in the future";
        }
        return null;
    }

    /** Adds a violation when a planned time lies outside 1970 to 100 years ahead of now. */
    public static void planned(String field, Instant value, Instant now, List<Violation> violations) {
        if (value != null && (value.isBefore(EARLIEST_EVENT) || value.isAfter(now.plus(PLANNING_HORIZON)))) {
            violations.add(new Violation(field, "must lie between " + EARLIEST_EVENT + " and 100 years from now"));
        }
    }

    /** Adds a violation when a birthday lies before 1900 or after today. */
    public static void birthday(String field, LocalDate value, LocalDate today, List<Violation> violations) {
        if (value != null && (value.isAfter(today) || value.isBefore(EARLIEST_BIRTHDAY))) {
            violations.add(new Violation(field, "must lie between " + EARLIEST_BIRTHDAY + " and today"));
        }
    }
}
