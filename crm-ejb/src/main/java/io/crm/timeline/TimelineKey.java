package io.crm.timeline;

import io.crm.common.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * The place of an item in the timeline: newest first, then by kind code, then the newest id first. The position a
 * cursor carries is the key of the last item served; the next page holds what sorts after it, which is stable when
 * records are added meanwhile (a later record sorts before the cursor; one added at an earlier time after it).
 */
public record TimelineKey(Instant time, TimelineKind kind, long id) {

    /** Timeline order: the first item is the newest. */
    public static final Comparator<TimelineKey> ORDER = Comparator.comparing(TimelineKey::time)
            .reversed()
            .thenComparing(TimelineKey::kind)
            .thenComparing(Comparator.comparingLong(TimelineKey::id).reversed());

    public String position() {
        return time + "_" + kind.code() + "_" + id;
    }

    /** A position this list issued; anything else is a 400. */
    public static TimelineKey parse(String position) {
        String[] parts = position.split("_", -1);
        try {
            if (parts.length == 3) {
                TimelineKind kind = TimelineKind.fromCode(parts[1]).orElse(null);
                long id = Long.parseLong(parts[2]);
                if (kind != null && id > 0) {
                    return new TimelineKey(Instant.parse(parts[0]), kind, id);
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException("cursor", "is not a cursor this list issued");
    }

    /**
     * The JPQL condition, for the items of one kind with alias {@code x}, that they sort after this key; it binds
     * {@code :kt} and, for the key's own kind, {@code :ki}.
     */
    String after(TimelineKind source) {
        String t = "x." + source.time;
        int c = source.compareTo(kind);
        if (c > 0) {
            return t + " <= :kt";
        }
        if (c < 0) {
            return t + " < :kt";
        }
        // the first term bounds the index range; an OR at the top would make PostgreSQL scan from the newest item
        return "(" + t + " <= :kt AND (" + t + " < :kt OR x." + source.id + " < :ki))";
    }
}
