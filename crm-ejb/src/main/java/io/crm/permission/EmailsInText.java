package io.crm.permission;

import io.crm.common.TypedText.Replacement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the email addresses people type into notes and follow-ups, as they read after {@link io.crm.common.TypedText}:
 * a Latin local part (text in other scripts runs straight into it), {@code @}, and a domain of letters, digits and
 * dashes with at least one dot. It looks only around each {@code @}, walking left over the local part and right over
 * the domain, so every character is looked at a few times at most, however the text is made: a long run of address
 * characters costs what its length costs, not its square.
 */
final class EmailsInText {

    private EmailsInText() {}

    /** The addresses of the text, each with its masked form, in order. */
    static List<Replacement> find(CharSequence text) {
        List<Replacement> found = new ArrayList<>();
        int taken = 0;
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            // Address characters do not include @: the local parts of two @ never overlap.
            int start = at;
            while (start > taken && isLocal(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                continue;
            }
            int end = domainEnd(text, at + 1);
            if (end < 0) {
                continue;
            }
            found.add(new Replacement(
                    start, end, PiiMasker.email(text.subSequence(start, end).toString())));
            taken = end;
            at = end - 1;
        }
        return found;
    }

    /** Where a domain starting here ends (labels joined by single dots, two labels at least), or -1. */
    private static int domainEnd(CharSequence text, int from) {
        int end = labelEnd(text, from);
        if (end == from) {
            return -1;
        }
        int labels = 1;
        while (end < text.length() && text.charAt(end) == '.') {
            int next = labelEnd(text, end + 1);
            if (next == end + 1) {
                break;
            }
            end = next;
            labels++;
        }
        return labels > 1 ? end : -1;
    }

    private static int labelEnd(CharSequence text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            int codePoint = c;
            int width = 1;
            if (Character.isHighSurrogate(c)
                    && at + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(at + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(at + 1));
                width = 2;
            }
            if (!isDomain(codePoint)) {
                break;
            }
            at += width;
        }
        return at;
    }

    private static boolean isLocal(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '.'
                || c == '_'
                || c == '%'
                || c == '+'
                || c == '-';
    }

    private static boolean isDomain(int codePoint) {
        if (codePoint == '-' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
