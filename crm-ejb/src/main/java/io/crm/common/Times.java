package io.crm.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps as the database keeps them: UTC, microsecond precision. */
public final class Times {

    private Times() {}

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in UTC, the day points and purchases are counted by. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
