package io.crm.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks specification: HMAC-SHA256 with the key that the secret's base64 after
 * {@code whsec_} encodes, over {@code id.timestamp.body}; the header value is {@code v1,} and the base64 of the MAC.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    /** 24 random bytes: the specification asks for 24 to 64. */
    static final int SECRET_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret as shown to the subscriber, once. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The {@code webhook-signature} header value for one attempt: a {@code v1,} signature per secret, separated by
     * spaces (during a rotation's overlap the receiver may verify with either secret).
     */
    public static String sign(List<String> secrets, String id, long timestampSeconds, String body) {
        return secrets.stream()
                .map(secret -> sign(secret, id, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** One {@code v1,} signature. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
