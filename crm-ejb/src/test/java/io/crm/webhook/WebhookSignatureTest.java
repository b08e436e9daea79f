package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        // the example the Standard Webhooks specification and its reference libraries publish
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void duringARotationEachSecretSignsAndTheSignaturesAreSeparatedBySpaces() {
        String old = WebhookSignature.newSecret();
        String fresh = WebhookSignature.newSecret();
        assertEquals(
                WebhookSignature.sign(fresh, "msg_1", 1614265330, "{}") + " "
                        + WebhookSignature.sign(old, "msg_1", 1614265330, "{}"),
                WebhookSignature.sign(List.of(fresh, old), "msg_1", 1614265330, "{}"));
        assertEquals(
                WebhookSignature.sign(fresh, "msg_1", 1614265330, "{}"),
                WebhookSignature.sign(List.of(fresh), "msg_1", 1614265330, "{}"));
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signed = WebhookSignature.sign(secret, "msg_1", 1614265330, "{}");
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_2", 1614265330, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 1614265331, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 1614265330, "{ }"));
    }

    @Test
    void newSecretsAreBase64KeysOf24RandomBytesAfterThePrefix() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(24, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
