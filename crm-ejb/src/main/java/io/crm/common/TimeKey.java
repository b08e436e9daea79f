package io.crm.common;

import java.time.Instant;

/**
 * The position in a list ordered by a time, which may be missing (a follow-up without a due time), and then by id: what
 * a cursor of such a list carries. Times are kept to the microsecond, as the database keeps them.
 */
public record TimeKey(Instant time, long id) {

    private static final String NO_TIME = "none";
    private static final long MICROS = 1_000_000;
    /** The times both databases keep: years 1 to 9999. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    public String position() {
        return (time == null ? NO_TIME : Long.toString(time.getEpochSecond() * MICROS + time.getNano() / 1000)) + "_"
                + id;
    }

    /** The key a cursor's position names; anything this list could not have issued is a 400. */
    public static TimeKey parse(String position) {
        String[] parts = position.split("_", -1);
        try {
            if (parts.length == 2) {
                long micros = parts[0].equals(NO_TIME) ? 0 : Long.parseLong(parts[0]);
                Instant time = parts[0].equals(NO_TIME)
                        ? null
                        : Instant.ofEpochSecond(Math.floorDiv(micros, MICROS), Math.floorMod(micros, MICROS) * 1000);
                if (time == null || !time.isBefore(FIRST) && time.isBefore(AFTER_LAST)) {
                    return new TimeKey(time, Long.parseLong(parts[1]));
                }
            }
        } catch (RuntimeException e) {
            // falls through to the refusal
        }
        throw new InvalidInputException("cursor", "is not a cursor this list issued");
    }
}
