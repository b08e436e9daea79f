package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();
    private static final String INDEX = KeyRing.newKey();

    private final KeyRing old = KeyRing.of("k1:" + K1, "k1", INDEX);
    private final KeyRing rotated = KeyRing.of("k1:" + K1 + ", k2:" + K2, "k2", INDEX);

    @Test
    void aSealedValueNamesItsKeyHidesItsTextAndOpensAgain() {
        String sealed = old.seal("+8613800138000");
        assertTrue(sealed.startsWith("v1:k1:"), sealed);
        assertFalse(sealed.contains("13800138000"));
        assertEquals("+8613800138000", old.open(sealed));
        assertEquals("张伟 loves 🍵", old.open(old.seal("张伟 loves 🍵")));
        assertNull(old.seal(null));
        assertNull(old.open(null));
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        assertNotEquals(old.seal("a@example.com"), old.seal("a@example.com"));
    }

    @Test
    void aRotatedRingOpensOldValuesAndSealsNewOnesUnderTheCurrentKey() {
        String underK1 = old.seal("wx_zhangwei");
        assertTrue(rotated.needsResealing(underK1));
        String underK2 = rotated.reseal(underK1);
        assertEquals("k2", Envelope.keyIdOf(underK2));
        assertFalse(rotated.needsResealing(underK2));
        assertEquals(underK2, rotated.reseal(underK2));
        assertEquals("wx_zhangwei", rotated.open(underK2));
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> old.open(underK2));
        assertTrue(unknown.getMessage().contains("key k2"), unknown.getMessage());
    }

    @Test
    void aValueWrittenBeforeEncryptionIsReadAsItIsAndSealedOnRotation() {
        assertEquals("1990-05-17", old.open("1990-05-17"));
        assertTrue(old.needsResealing("1990-05-17"));
        assertEquals("1990-05-17", old.open(old.reseal("1990-05-17")));
        assertFalse(old.needsResealing(null));
    }

    @Test
    void aTamperedValueOrASwappedKeyIdFailsItsCheck() {
        String sealed = old.seal("secret comment");
        Envelope e = Envelope.parse(sealed);
        byte[] flipped = e.sealed().clone();
        flipped[flipped.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> old.open(new Envelope("k1", flipped).format()));
        KeyRing sameKeyTwoIds = KeyRing.of("k1:" + K1 + ",k9:" + K1, "k1", INDEX);
        String relabelled = new Envelope("k9", e.sealed()).format();
        assertThrows(IllegalStateException.class, () -> sameKeyTwoIds.open(relabelled));
        assertThrows(IllegalArgumentException.class, () -> old.open("v1:k1:***"));
    }

    @Test
    void theBlindIndexIsEqualForEqualValuesOnlyAndDependsOnTheIndexKey() {
        String a = old.blindIndex("phone:+8613800138000");
        assertEquals(a, rotated.blindIndex("phone:+8613800138000"));
        assertNotEquals(a, old.blindIndex("phone:+8613800138001"));
        assertNotEquals(a, KeyRing.of("k1:" + K1, "k1", KeyRing.newKey()).blindIndex("phone:+8613800138000"));
        assertEquals(32, Base64.getUrlDecoder().decode(a).length);
        assertFalse(a.contains("13800138000"));
    }

    @Test
    void aMisconfiguredRingIsRefusedNamingTheSettingButNoKey() {
        assertThrows(IllegalArgumentException.class, () -> KeyRing.of("", "k1", INDEX));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeyRing.of("k1:" + K1, "k2", INDEX))
                .getMessage()
                .contains("crm.pii.current-key"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalArgumentException tooShort =
                assertThrows(IllegalArgumentException.class, () -> KeyRing.of("k1:" + shortKey, "k1", INDEX));
        assertTrue(tooShort.getMessage().contains("32 bytes"));
        assertFalse(tooShort.getMessage().contains(shortKey));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.of("k1:" + K1 + ",k1:" + K2, "k1", INDEX));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.of("k1:" + K1, "k1", null));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.of("k 1:" + K1, "k 1", INDEX));
    }
}
