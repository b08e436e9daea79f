package io.crm.common;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How free text typed by people is cleaned before it is checked and stored. */
public final class Text {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d\\r\\n\\t]]");

    private Text() {}

    /** NFC, trimmed, inner runs of any Unicode space (no-break, thin, ideographic…) collapsed to one; null or blank → null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC);
        String collapsed = WHITESPACE_RUN.matcher(normalized).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * Multi-line text (a note): NFC, line breaks made {@code \n}, spaces at either end of the whole text removed,
     * everything inside kept as typed; null or blank → null.
     */
    public static String cleanLines(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Where the first control character other than a line break ({@code \r}, {@code \n}) or tab is, or -1. */
    public static int controlCharacterInLines(String value) {
        Matcher m = CONTROL_BUT_LINES.matcher(value);
        return m.find() ? m.start() : -1;
    }

    /** Control characters other than line breaks ({@code \r}, {@code \n}) and tabs, which multi-line text may hold. */
    public static boolean hasControlCharactersInLines(String value) {
        return value != null && controlCharacterInLines(value) >= 0;
    }

    public static boolean hasControlCharacters(String value) {
        return value != null && CONTROL.matcher(value).find();
    }

    /** Length in Unicode code points, the way a person counts characters (an emoji is one). */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
