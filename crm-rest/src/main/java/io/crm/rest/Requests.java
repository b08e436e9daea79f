package io.crm.rest;

import io.crm.common.InvalidInputException;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TimeRanges;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parsing of what comes in the URL and headers: ids, query parameters and ETags. Query parameters arrive as
 * strings so that a bad value answers 400 with the parameter named, not JAX-RS's bare 404.
 */
public final class Requests {

    private Requests() {}

    /** A path id; anything that is not an id of ours is simply not found. */
    public static long id(String kind, String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new RecordNotFoundException(kind, raw);
    }

    public static PageRequest page(String limit, String cursor) {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : cursor);
    }

    public static boolean flag(String name, String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true") || raw.isEmpty()) {
            return true;
        }
        throw new InvalidInputException(name, "must be true or false");
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A filter's time: ISO-8601 UTC, within {@link TimeRanges#filter the filter range}. */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z");
        }
        return TimeRanges.filter(name, time);
    }

    public static String text(String raw) {
        return raw == null || raw.isEmpty() ? null : raw;
    }

    /** The Content-Length a client declared, or -1 (none, or not a number: a bounded read stops at its limit anyway). */
    public static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a client claims to have read, from {@code If-Match}: required for updates (428 without it),
     * {@code *} for "whatever is current" (null). A tag that is not one of ours can never match (412).
     */
    public static Long ifMatch(String header, boolean required) {
        if (header == null || header.isBlank()) {
            if (required) {
                throw new WebApplicationException("Send If-Match with the ETag of the version you read.", 428);
            }
            return null;
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new WebApplicationException(
                "If-Match does not name a version of this record.", Response.Status.PRECONDITION_FAILED);
    }
}
