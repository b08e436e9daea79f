package io.crm.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque position in a keyset-ordered list: the sort key of the last item served and a fingerprint of the
 * filters the list was asked with, so that a cursor replayed with other filters is refused instead of
 * silently skipping records. Keyset positions stay valid when records are inserted concurrently.
 */
public record Cursor(String list, String position, String filterFingerprint) {

    private static final String VERSION = "1";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:+-]*");

    public Cursor {
        if (!SAFE.matcher(list).matches()
                || !SAFE.matcher(position).matches()
                || !SAFE.matcher(filterFingerprint).matches()) {
            throw new IllegalArgumentException("cursor parts must be plain tokens");
        }
    }

    public String encode() {
        String raw = VERSION + "|" + list + "|" + position + "|" + filterFingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back for the given list and filters; anything else is a 400. */
    public static Cursor decode(String encoded, String expectedList, String expectedFingerprint) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !expectedList.equals(parts[1]) || parts[2].isEmpty()) {
            throw invalid();
        }
        if (!expectedFingerprint.equals(parts[3])) {
            throw new InvalidInputException(
                    "cursor", "was issued for other filters; repeat the filters of the first page");
        }
        try {
            return new Cursor(parts[1], parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The position as a long key, for lists ordered by id. */
    public long positionAsLong() {
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A short stable fingerprint of filter values (order matters; nulls allowed): 96 bits of their SHA-256. */
    public static String fingerprint(Object... filterValues) {
        StringBuilder sb = new StringBuilder();
        for (Object v : filterValues) {
            sb.append(v == null ? "\u0000" : v.toString()).append('\u0001');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor this list issued");
    }
}
