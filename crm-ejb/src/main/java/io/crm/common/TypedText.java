package io.crm.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Text as people type it, read the way phone numbers and email addresses in it are recognised: each character in
 * its NFKC form (the full-width digits, letters, {@code ＠ ． （ ）} and the ideographic space that Chinese input
 * methods produce read as their ASCII counterparts) and every dash read as {@code -}. It remembers where each
 * character read came from, so that a part found in the reading is replaced in the text as typed and the rest of
 * the text stays exactly as written.
 */
public final class TypedText {

    /** A part of the reading, {@code start} inclusive to {@code end} exclusive, and what it is replaced by. */
    public record Replacement(int start, int end, String text) {}

    private final String typed;
    private final String read;
    /** For each character of the reading and one past its end, the offset in the typed text; null when the same. */
    private final int[] origin;

    private TypedText(String typed, String read, int[] origin) {
        this.typed = typed;
        this.read = read;
        this.origin = origin;
    }

    public static TypedText of(String typed) {
        if (isAscii(typed)) {
            return new TypedText(typed, typed, null);
        }
        StringBuilder read = new StringBuilder(typed.length());
        int[] origin = new int[typed.length() * 2 + 1];
        for (int at = 0; at < typed.length(); ) {
            int codePoint = typed.codePointAt(at);
            String character = read(codePoint);
            if (read.length() + character.length() >= origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2 + character.length());
            }
            for (int i = 0; i < character.length(); i++) {
                origin[read.length() + i] = at;
            }
            read.append(character);
            at += Character.charCount(codePoint);
        }
        origin[read.length()] = typed.length();
        String readText = read.toString();
        return new TypedText(typed, readText, readText.equals(typed) ? null : origin);
    }

    /** The whole text as read: what a phone number or an address typed in any width is compared by. */
    public static String read(String typed) {
        return typed == null ? null : of(typed).read();
    }

    public String read() {
        return read;
    }

    /**
     * The typed text with these parts of the reading (in order, not overlapping) replaced; a part that ends inside
     * a character that reads as several (① reads as 1) takes that whole character.
     */
    public String replace(List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return typed;
        }
        StringBuilder result = new StringBuilder(typed.length());
        int copied = 0;
        for (Replacement replacement : replacements) {
            int start = typedOffset(replacement.start());
            result.append(typed, copied, start).append(replacement.text());
            copied = typedEnd(replacement.end());
        }
        return result.append(typed, copied, typed.length()).toString();
    }

    private int typedOffset(int readOffset) {
        return origin == null ? readOffset : origin[readOffset];
    }

    private int typedEnd(int readEnd) {
        if (origin == null) {
            return readEnd;
        }
        int end = readEnd;
        while (end < read.length() && origin[end] == origin[end - 1]) {
            end++;
        }
        return origin[end];
    }

    private static String read(int codePoint) {
        if (codePoint < 0x80 || Character.isIdeographic(codePoint) && codePoint < 0xF900) {
            return Character.toString(codePoint);
        }
        String normal = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
        return normal.length() == 1 && isDash(normal.charAt(0)) ? "-" : normal;
    }

    /** Hyphens, dashes and the minus sign, which NFKC leaves as they are. */
    private static boolean isDash(char c) {
        return c >= '\u2010' && c <= '\u2015' || c == '\u2212';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
