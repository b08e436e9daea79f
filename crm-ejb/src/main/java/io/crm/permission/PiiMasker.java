package io.crm.permission;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.crm.common.TypedText;
import io.crm.common.TypedText.Replacement;
import java.util.List;

/**
 * Hides personal data from callers without {@code customer:pii:read}, keeping enough for a person to recognise
 * which contact point is meant ({@code +86138****8000}, {@code z***@example.com}).
 */
public final class PiiMasker {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int LONGEST_COUNTRY_CODE = 3;
    private static final int SHOWN_AT_START = 3;
    private static final int SHOWN_AT_END = 4;
    private static final int HIDDEN_AT_LEAST = 4;

    private PiiMasker() {}

    /**
     * Free text (a note, a follow-up) with the phone numbers and email addresses typed into it masked, in any
     * width and with the separators people type ({@link PhonesInText}, {@link EmailsInText}); the rest of the text
     * stays as written. It errs on the side of privacy: a long order number is masked too. Linear in the length of
     * the text, whatever the text holds.
     */
    public static String inText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        TypedText typed = TypedText.of(value);
        List<Replacement> emails = EmailsInText.find(typed.read());
        // The phone rule reads the text with the addresses masked, so it never sees their local parts.
        TypedText rest = emails.isEmpty() ? typed : TypedText.of(typed.replace(emails));
        return rest.replace(PhonesInText.find(rest.read()));
    }

    /** Whether the text holds a phone number or an email address that {@link #inText} would mask. */
    public static boolean hasPersonalData(String value) {
        return value != null && !value.equals(inText(value));
    }

    /**
     * E.164 phone: the country code, then the national number {@linkplain #digits masked} ({@code +86138****8000}).
     * A number whose country code is unknown is masked whole after the +.
     */
    public static String phone(String e164) {
        if (e164 == null) {
            return null;
        }
        String number = e164.startsWith("+") ? e164.substring(1) : e164;
        int countryCode = countryCodeLength(number);
        return "+" + number.substring(0, countryCode) + digits(number.substring(countryCode));
    }

    /**
     * A run of digits with its middle hidden: at most the first 3 and the last 4 digits stay, and at least 4 are
     * always hidden, so a shorter number shows less at each end ({@code 13812345678} → {@code 138****5678},
     * {@code 12345678} → {@code 1****678}, {@code 1234567} → {@code 1****67}).
     */
    static String digits(String digits) {
        int shown = Math.max(0, Math.min(SHOWN_AT_START + SHOWN_AT_END, digits.length() - HIDDEN_AT_LEAST));
        int atStart = shown * SHOWN_AT_START / (SHOWN_AT_START + SHOWN_AT_END);
        return digits.substring(0, atStart) + "****" + digits.substring(digits.length() - (shown - atStart));
    }

    /** Country codes are 1 to 3 digits, and none is the beginning of another. */
    private static int countryCodeLength(String number) {
        for (int length = 1; length <= Math.min(LONGEST_COUNTRY_CODE, number.length()); length++) {
            String code = number.substring(0, length);
            if (code.chars().allMatch(c -> c >= '0' && c <= '9')
                    && !"ZZ".equals(PHONES.getRegionCodeForCountryCode(Integer.parseInt(code)))) {
                return length;
            }
        }
        return 0;
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
