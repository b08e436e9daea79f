package io.crm.permission;

import io.crm.common.TypedText.Replacement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phone numbers people type into notes and follow-ups, as they read after {@link io.crm.common.TypedText}
 * (full-width digits are digits): an optional {@code +}, then 7 to 15 digits in groups that spaces, a dash, a dot
 * or parentheses around a group join ({@code 138 1234 5678}, {@code 138-1234-5678}, {@code 138.1234.5678},
 * {@code (010) 1234-5678}, {@code +86 (138) 1234 5678}), not glued to Latin letters or other digits (Chinese text
 * runs straight into numbers). A single dot is a decimal point, not a separator ({@code 12345.50}), and a date
 * ({@code 2026-11-22}, {@code 2026.11.22}) is not a phone. Longer runs of groups are cut, from the left, into the
 * longest numbers of at most 15 digits, so two numbers typed one after the other are both found. One pass over
 * the text, a few looks at each character.
 */
final class PhonesInText {

    static final int MIN_DIGITS = 7;
    static final int MAX_DIGITS = 15;
    /** Spaces, one dash or dot, and a parenthesis on either side, at most this many together. */
    private static final int MAX_SEPARATOR = 4;

    /** Digits from {@code start} to {@code end}, and the dash or dot (if any) of the separator before them. */
    private record Group(int start, int end, char mark, boolean parenthesized) {

        int digits() {
            return end - start;
        }
    }

    private PhonesInText() {}

    /** The phones of the text, each with its masked form, in order. */
    static List<Replacement> find(CharSequence text) {
        List<Replacement> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (!isDigit(text.charAt(at)) || at > 0 && isGlue(text.charAt(at - 1))) {
                at++;
                continue;
            }
            List<Group> groups = new ArrayList<>();
            at = readChain(text, at, groups);
            if (at < text.length() && isGlue(text.charAt(at))) {
                // The last group is glued to letters (an order number, a model): the groups before it may be a phone.
                groups.remove(groups.size() - 1);
            }
            cut(text, groups, found);
        }
        return found;
    }

    /** Reads digit groups and what joins them, from a digit; returns where the last group read ends. */
    private static int readChain(CharSequence text, int from, List<Group> groups) {
        boolean opened = from > 0 && text.charAt(from - 1) == '(';
        int start = from;
        char mark = ' ';
        while (true) {
            int end = start;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
            boolean closed = opened && end < text.length() && text.charAt(end) == ')';
            if (opened && !closed && !groups.isEmpty()) {
                // A parenthesis that does not close around one group is text, as in (3 items).
                return groups.get(groups.size() - 1).end();
            }
            groups.add(new Group(start, end, mark, closed));
            int next = closed ? end + 1 : end;
            int spaces = 0;
            mark = ' ';
            while (next < text.length() && next - end < MAX_SEPARATOR) {
                char c = text.charAt(next);
                if (c == ' ' && spaces < 2) {
                    spaces++;
                } else if ((c == '-' || c == '.') && mark == ' ') {
                    mark = c;
                } else {
                    break;
                }
                next++;
            }
            opened = next < text.length() && text.charAt(next) == '(' && next - end < MAX_SEPARATOR;
            if (opened) {
                next++;
            }
            if (next == end || next >= text.length() || !isDigit(text.charAt(next))) {
                return end;
            }
            start = next;
        }
    }

    /**
     * Cuts a chain of groups into phones: from each group, the most groups that hold at most 15 digits, a phone if
     * they hold 7 or more. A date is skipped whole, and a chain with one dot only is a decimal number: it is cut
     * there.
     */
    private static void cut(CharSequence text, List<Group> groups, List<Replacement> found) {
        long dots = groups.stream().filter(group -> group.mark() == '.').count();
        int first = 0;
        while (first < groups.size()) {
            if (isDate(groups, first)) {
                first += 3;
                continue;
            }
            int last = first;
            int digits = groups.get(first).digits();
            while (last + 1 < groups.size()
                    && digits + groups.get(last + 1).digits() <= MAX_DIGITS
                    && !(dots == 1 && groups.get(last + 1).mark() == '.')
                    && !isDate(groups, last + 1)) {
                digits += groups.get(++last).digits();
            }
            if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
                first++;
                continue;
            }
            addPhone(text, groups.get(first), groups.get(last), found);
            first = last + 1;
        }
    }

    private static void addPhone(CharSequence text, Group first, Group last, List<Replacement> found) {
        int start = first.start();
        boolean plus = start > 0 && text.charAt(start - 1) == '+';
        start -= plus ? 1 : 0;
        if (first.parenthesized() && start > 0 && text.charAt(start - 1) == '(') {
            start--;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = first.start(); i < last.end(); i++) {
            if (isDigit(text.charAt(i))) {
                digits.append(Character.digit(text.charAt(i), 10));
            }
        }
        found.add(new Replacement(start, last.end(), (plus ? "+" : "") + PiiMasker.digits(digits.toString())));
    }

    /** A year, month and day joined by the same dash or dot ({@code 2026-11-22}, {@code 2026.11.22}). */
    private static boolean isDate(List<Group> groups, int first) {
        if (first + 2 >= groups.size() || groups.get(first).digits() != 4) {
            return false;
        }
        Group month = groups.get(first + 1);
        Group day = groups.get(first + 2);
        return month.mark() != ' ' && day.mark() == month.mark() && month.digits() <= 2 && day.digits() <= 2;
    }

    /** Any decimal digit: full-width ones read as ASCII already, other scripts' digits count too. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c);
    }

    /** What a phone in text is never glued to: Latin letters and digits. */
    private static boolean isGlue(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
    }
}
