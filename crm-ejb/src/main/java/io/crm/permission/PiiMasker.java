package io.crm.permission;

/**
 * Hides personal data from callers without {@code customer:pii:read}, keeping enough for a person to recognise
 * which contact point is meant ({@code +86138****8000}, {@code z***@example.com}).
 */
public final class PiiMasker {

    private PiiMasker() {
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
