package io.crm.encryption;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.subtle.PrfHmacJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys personal data is sealed with, by id, and the id of the current one, which seals every new value; older
 * keys stay to open what they sealed until the rotation job has re-sealed it. A separate key makes the blind
 * indexes (HMAC-SHA256) of exact lookups. AES-256-GCM and HMAC are Google Tink's primitives; keys are 32 random
 * bytes, written in configuration as base64.
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z0-9_-]{1,32})\\s*:\\s*([A-Za-z0-9+/=_-]+)\\s*");

    /** What the key of a file's stream is derived for (HKDF info): not the key that seals values itself. */
    private static final byte[] FILE_KEY_INFO = "crm sealed file v1".getBytes(StandardCharsets.US_ASCII);
    /** Segments of a sealed file, each with its own tag: a reader checks each before it hands it on. */
    private static final int FILE_SEGMENT_BYTES = 1 << 20;
    /** Segments of files read at any place (the search index): a read opens one small segment, not a megabyte. */
    private static final int RANDOM_ACCESS_SEGMENT_BYTES = 1 << 14;

    private final Map<String, Aead> keys;
    private final Map<String, StreamingAead> files;
    private final Map<String, StreamingAead> randomAccessFiles;
    private final String currentId;
    private final Prf index;

    private KeyRing(
            Map<String, Aead> keys,
            Map<String, StreamingAead> files,
            Map<String, StreamingAead> randomAccessFiles,
            String currentId,
            Prf index) {
        this.keys = keys;
        this.files = files;
        this.randomAccessFiles = randomAccessFiles;
        this.currentId = currentId;
        this.index = index;
    }

    /**
     * A ring from its configured form: {@code keys} as {@code id:base64,id:base64}, the id of the current key, and
     * the blind-index key as base64. Every problem is named, no key material is.
     */
    public static KeyRing of(String keys, String currentId, String indexKey) {
        if (keys == null || keys.isBlank()) {
            throw new IllegalArgumentException("no keys (crm.pii.keys)");
        }
        Map<String, Aead> ring = new LinkedHashMap<>();
        Map<String, StreamingAead> files = new LinkedHashMap<>();
        Map<String, StreamingAead> randomAccessFiles = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            var m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException("crm.pii.keys: an entry is not <id>:<base64 key>");
            }
            if (ring.containsKey(m.group(1))) {
                throw new IllegalArgumentException("crm.pii.keys: key id " + m.group(1) + " twice");
            }
            try {
                byte[] key = key(m.group(2), "crm.pii.keys: key " + m.group(1));
                ring.put(m.group(1), new AesGcmJce(key));
                byte[] fileKey = Hkdf.computeHkdf("HMACSHA256", key, new byte[0], FILE_KEY_INFO, KEY_BYTES);
                files.put(m.group(1), new AesGcmHkdfStreaming(fileKey, "HmacSha256", KEY_BYTES, FILE_SEGMENT_BYTES, 0));
                randomAccessFiles.put(
                        m.group(1),
                        new AesGcmHkdfStreaming(fileKey, "HmacSha256", KEY_BYTES, RANDOM_ACCESS_SEGMENT_BYTES, 0));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("crm.pii.keys: key " + m.group(1) + " unusable", e);
            }
        }
        String current = currentId == null ? null : currentId.strip();
        if (current == null || !ring.containsKey(current)) {
            throw new IllegalArgumentException(
                    "crm.pii.current-key names no key of crm.pii.keys (keys: " + ring.keySet() + ")");
        }
        if (indexKey == null || indexKey.isBlank()) {
            throw new IllegalArgumentException("no blind-index key (crm.pii.index-key)");
        }
        try {
            Prf hmac =
                    new PrfHmacJce("HMACSHA256", new SecretKeySpec(key(indexKey.strip(), "crm.pii.index-key"), "HMAC"));
            return new KeyRing(
                    Collections.unmodifiableMap(ring),
                    Collections.unmodifiableMap(files),
                    Collections.unmodifiableMap(randomAccessFiles),
                    current,
                    hmac);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("crm.pii.index-key unusable", e);
        }
    }

    /** A new random key in its configured form (base64 of 32 bytes). */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static void checkKeyId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a key id is 1-32 letters, digits, '-' or '_'");
        }
    }

    private static byte[] key(String base64, String what) {
        byte[] key;
        try {
            key = base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(base64)
                    : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be 32 bytes (AES-256), not " + key.length);
        }
        return key;
    }

    public String currentId() {
        return currentId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    /** The value sealed under the current key, as stored; null stays null. */
    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        try {
            Envelope envelope = new Envelope(currentId, new byte[0]);
            byte[] sealed =
                    keys.get(currentId).encrypt(clear.getBytes(StandardCharsets.UTF_8), envelope.associatedData());
            return new Envelope(currentId, sealed).format();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /**
     * The clear value of a stored one. A value that is not an envelope was written before encryption and is
     * answered as it is until the upgrade or the rotation job seals it; a damaged or forged one fails.
     */
    public String open(String stored) {
        if (stored == null || !Envelope.isSealed(stored)) {
            return stored;
        }
        Envelope envelope = Envelope.parse(stored);
        Aead key = keys.get(envelope.keyId());
        if (key == null) {
            throw new IllegalStateException("a value is sealed under key " + envelope.keyId()
                    + ", which crm.pii.keys does not hold (keys: " + keys.keySet() + ")");
        }
        try {
            return new String(key.decrypt(envelope.sealed(), envelope.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a value sealed under key " + envelope.keyId() + " fails its check", e);
        }
    }

    /** Whether a stored value needs re-sealing: in clear, or under another key than the current one. */
    public boolean needsResealing(String stored) {
        return stored != null && !currentId.equals(Envelope.keyIdOf(stored));
    }

    /** The stored value re-sealed under the current key (the same text when it already is). */
    public String reseal(String stored) {
        return needsResealing(stored) ? seal(open(stored)) : stored;
    }

    /**
     * The streaming AEAD (Tink's AES-GCM-HKDF; 1 MiB segments, or 16 KiB for files read at any place) that seals files
     * under a key, by its id; its key is derived from the ring's key of that id.
     */
    StreamingAead fileKey(String keyId, boolean randomAccess) {
        StreamingAead key = (randomAccess ? randomAccessFiles : files).get(keyId);
        if (key == null) {
            throw new IllegalStateException("a file is sealed under key " + keyId
                    + ", which crm.pii.keys does not hold (keys: " + keys.keySet() + ")");
        }
        return key;
    }

    /** The keyed blind index of a normalized value: base64url of its HMAC-SHA256, equal for equal values only. */
    public String blindIndex(String normalized) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(index.compute(normalized.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }
}
