package io.crm.interaction;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** An interaction as a host app reports it, checked against the rules that need the configuration and the clock. */
public record InteractionData(
        long customerId, String type, OffsetDateTime occurredAt, String channel, String properties, String externalId) {

    public static final int MAX_CHANNEL = 50;
    public static final int MAX_EXTERNAL_ID = 200;
    /** Characters of the properties as JSON: a few attributes of what was done, not a document. */
    public static final int MAX_PROPERTIES = 2000;
    /** Clocks of host apps run a little ahead; more than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Older reports are not behaviour any rule reads. */
    static final Duration OLDEST = Duration.ofDays(3 * 366);

    /** Checks one report: every problem at once (400). */
    public static InteractionData validate(
            long customerId,
            String type,
            Instant occurredAt,
            String channel,
            JsonObject properties,
            String externalId,
            List<String> types,
            Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (type == null || !types.contains(type)) {
            violations.add(new Violation("type", "must be one of " + types));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "is required"));
        } else if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("occurredAt", "must not be in the future"));
        } else if (occurredAt.isBefore(now.minus(OLDEST))) {
            violations.add(new Violation("occurredAt", "must be within the last 3 years"));
        }
        String ch = blankToNull(channel);
        if (ch != null && ch.codePointCount(0, ch.length()) > MAX_CHANNEL) {
            violations.add(new Violation("channel", "must be at most " + MAX_CHANNEL + " characters"));
        }
        String ext = blankToNull(externalId);
        if (ext != null && ext.codePointCount(0, ext.length()) > MAX_EXTERNAL_ID) {
            violations.add(new Violation("externalId", "must be at most " + MAX_EXTERNAL_ID + " characters"));
        }
        String json = properties == null || properties.isEmpty() ? null : properties.toString();
        if (json != null && json.length() > MAX_PROPERTIES) {
            violations.add(new Violation(
                    "properties", "must be at most " + MAX_PROPERTIES + " characters as JSON, not " + json.length()));
        }
        if (json != null && json.indexOf('\u0000') >= 0) {
            violations.add(new Violation("properties", "must not contain NUL characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new InteractionData(customerId, type, occurredAt.atOffset(ZoneOffset.UTC), ch, json, ext);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
