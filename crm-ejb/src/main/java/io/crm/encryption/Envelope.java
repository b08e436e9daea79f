package io.crm.encryption;

import java.util.Base64;

/**
 * A sealed value as stored: {@code v1:<keyId>:<base64url of nonce, ciphertext and tag>}. The key id travels with the
 * value, so a reader finds the key that sealed it and a rotation finds the values still under an old key.
 */
public record Envelope(String keyId, byte[] sealed) {

    static final String VERSION = "v1";
    private static final String PREFIX = VERSION + ":";

    public Envelope {
        KeyRing.checkKeyId(keyId);
    }

    /** Whether a stored text is an envelope at all (a value written before encryption is not). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX) && stored.indexOf(':', PREFIX.length()) > PREFIX.length();
    }

    public static Envelope parse(String stored) {
        if (!isSealed(stored)) {
            throw new IllegalArgumentException("not a v1 envelope");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        try {
            return new Envelope(
                    stored.substring(PREFIX.length(), colon),
                    Base64.getUrlDecoder().decode(stored.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a damaged v1 envelope", e);
        }
    }

    /** The key id of a stored envelope, without decoding it. */
    public static String keyIdOf(String stored) {
        return isSealed(stored) ? stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length())) : null;
    }

    /** The additional data the tag covers: the version and key id, so neither can be swapped on a stored value. */
    byte[] associatedData() {
        return (PREFIX + keyId).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public String format() {
        return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }
}
