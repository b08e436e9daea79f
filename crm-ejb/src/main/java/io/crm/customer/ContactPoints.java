package io.crm.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.crm.common.TypedText;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalization of phones and email addresses, so that the same contact point typed two ways is stored once
 * and recognised as a duplicate.
 */
public final class ContactPoints {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ().\\-]+");
    /** A pragmatic RFC 5321 subset: dot-atom local part, host names with a letter TLD (IDN allowed). */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(\\p{L}{2,63}|xn--[a-z0-9-]{1,59})");

    private ContactPoints() {}

    /**
     * The E.164 form of an international phone number ({@code +8613800138000}), or empty when the text is not a
     * valid number. Spaces, dashes, dots and parentheses are allowed in the input, and {@code 00} for {@code +}, in
     * any width ({@code ＋８６ １３８－００１３－８０００}, as Chinese input methods type it).
     */
    public static Optional<String> phone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = TypedText.read(raw).strip();
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        if (!text.startsWith("+")
                || text.length() > 32
                || !PHONE_CHARS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(text, null);
            if (!PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The address as stored (read in ASCII width where it was typed full-width, trimmed, domain lower-cased), or
     * empty when it is not a valid address.
     */
    public static Optional<String> email(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = TypedText.read(raw).strip();
        int at = text.lastIndexOf('@');
        if (text.length() > 254 || at < 1 || at > 64 || !EMAIL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT));
    }

    /** The keys under which duplicates are found: phones as E.164, emails case-folded whole. */
    public static Set<String> keys(List<String> normalizedPhones, List<String> normalizedEmails) {
        Set<String> keys = new LinkedHashSet<>();
        normalizedPhones.forEach(p -> keys.add("phone:" + p));
        normalizedEmails.forEach(e -> keys.add("email:" + emailKey(e)));
        return keys;
    }

    /**
     * The keys as stored and looked up, each with its clear key: the kind ({@code phone:}, {@code email:}) and the
     * keyed blind index of the whole clear key, so the database holds no contact point in clear.
     */
    public static Map<String, String> blinded(Set<String> clearKeys) {
        KeyRing ring = PiiKeys.ring();
        Map<String, String> blinded = new LinkedHashMap<>();
        for (String key : clearKeys) {
            blinded.put(blindKey(ring, key), key);
        }
        return blinded;
    }

    /** One clear key as stored: its kind and the blind index of the whole key. */
    public static String blindKey(KeyRing ring, String clearKey) {
        return clearKey.substring(0, clearKey.indexOf(':') + 1) + ring.blindIndex(clearKey);
    }

    /** Two addresses that differ only in case reach the same mailbox in practice: they are one contact. */
    public static String emailKey(String normalizedEmail) {
        return normalizedEmail.toLowerCase(Locale.ROOT);
    }
}
