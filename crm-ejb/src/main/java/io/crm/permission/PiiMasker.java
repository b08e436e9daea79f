package io.crm.permission;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data from callers without {@code customer:pii:read}, keeping enough for a person to recognise
 * which contact point is meant ({@code +86138****8000}, {@code z***@example.com}).
 */
public final class PiiMasker {

    /** An address as people type it into text: a Latin local part (text in other scripts runs straight into it), @, a domain with a dot. */
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[A-Za-z0-9._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /**
     * A phone number as people type it: an optional +, then up to 15 digits in groups separated by a single space
     * or dash, not glued to other digits or Latin letters (Chinese text runs straight into numbers).
     */
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(?<![A-Za-z0-9+])\\+?\\d(?:[ -]?\\d){6,14}(?![A-Za-z0-9])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final int PHONE_MIN_DIGITS = 7;

    private PiiMasker() {
    }

    /**
     * Free text (a note, a follow-up) with the phone numbers and email addresses typed into it masked: a digit
     * run of 7 or more digits (allowing the usual separators) counts as a phone, except an ISO date. It errs on
     * the side of privacy: a long order number is masked too.
     */
    public static String inText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        // The patterns are tried only where they can match: scanning every position of a text for an address
        // costs more than a whole search of the index.
        String withoutEmails = value.indexOf('@') < 0 ? value
                : EMAIL_IN_TEXT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(email(m.group())));
        return digits(withoutEmails) < PHONE_MIN_DIGITS ? withoutEmails
                : PHONE_IN_TEXT.matcher(withoutEmails).replaceAll(m -> Matcher.quoteReplacement(phoneInText(m.group())));
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    /** Whether the text holds a phone number or an email address that {@link #inText} would mask. */
    public static boolean hasPersonalData(String value) {
        return value != null && !value.equals(inText(value));
    }

    private static String phoneInText(String typed) {
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() < PHONE_MIN_DIGITS || DATE.matcher(typed.trim()).matches()) {
            return typed;
        }
        return (typed.startsWith("+") ? "+" : "") + digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** E.164 phone: keeps the country code and operator prefix (first 6 characters) and the last 4 digits. */
    public static String phone(String e164) {
        if (e164 == null) {
            return null;
        }
        if (e164.length() <= 8) {
            return e164.substring(0, Math.min(3, e164.length())) + "****";
        }
        int keepStart = Math.min(6, e164.length() - 6);
        return e164.substring(0, keepStart) + "****" + e164.substring(e164.length() - 4);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }

    /** Free-form personal values (a WeChat id): the first character and stars. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, 1)) + "***";
    }
}
