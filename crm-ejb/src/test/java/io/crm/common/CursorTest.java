package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final String LIST = "customers";
    private static final String FINGERPRINT = Cursor.fingerprint("VIP", null, "east");

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNotACursorOfThisList(String encoded) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Cursor.decode(encoded, LIST, FINGERPRINT));
        assertEquals(1, e.violations().size());
        assertEquals(
                new Violation("cursor", "is not a cursor this list issued"),
                e.violations().get(0));
    }

    @Test
    void encodeThenDecodeGivesTheSameCursor() {
        Cursor cursor = new Cursor(LIST, "123", FINGERPRINT);

        Cursor decoded = Cursor.decode(cursor.encode(), LIST, FINGERPRINT);

        assertEquals(cursor, decoded);
        assertEquals(123L, decoded.positionAsLong());
    }

    @Test
    void compositePositionsSurviveTheRoundTrip() {
        Cursor cursor = new Cursor("purchases", "-1700000000000000_42", Cursor.fingerprint(7L));

        Cursor decoded = Cursor.decode(cursor.encode(), "purchases", Cursor.fingerprint(7L));

        assertEquals("-1700000000000000_42", decoded.position());
    }

    @Test
    void encodedCursorIsUrlSafeWithoutPadding() {
        String encoded = new Cursor(LIST, "9999999", FINGERPRINT).encode();

        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    }

    @Test
    void tamperedBase64IsRefused() {
        String encoded = new Cursor(LIST, "123", FINGERPRINT).encode();

        assertNotACursorOfThisList(encoded + "!");
        assertNotACursorOfThisList("%%%" + encoded);
    }

    @Test
    void tamperedContentIsRefused() {
        assertNotACursorOfThisList(base64("2|" + LIST + "|123|" + FINGERPRINT));
        assertNotACursorOfThisList(base64("1|" + LIST + "||" + FINGERPRINT));
        assertNotACursorOfThisList(base64("1|" + LIST + "|123|" + FINGERPRINT + "|extra"));
        assertNotACursorOfThisList(base64("1|" + LIST + "|123"));
    }

    @Test
    void cursorOfAnotherListIsRefused() {
        String encoded = new Cursor("purchases", "123", FINGERPRINT).encode();

        assertNotACursorOfThisList(encoded);
    }

    @Test
    void cursorIssuedForOtherFiltersIsRefusedWithAHint() {
        String encoded = new Cursor(LIST, "123", Cursor.fingerprint("REGULAR", null, "east")).encode();

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Cursor.decode(encoded, LIST, FINGERPRINT));

        assertEquals("cursor", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains("other filters"), e.getMessage());
    }

    @Test
    void garbageIsRefused() {
        assertNotACursorOfThisList("garbage");
        assertNotACursorOfThisList("");
        assertNotACursorOfThisList("eyJhbGciOiJIUzI1NiJ9");
        assertNotACursorOfThisList(base64("\u00ff\u0000|||"));
    }

    @Test
    void positionWithCharactersACursorNeverCarriesIsRefusedAsInput() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> Cursor.decode(base64("1|" + LIST + "|1 OR 1=1|" + FINGERPRINT), LIST, FINGERPRINT));

        assertEquals(
                new Violation("cursor", "is not a cursor this list issued"),
                e.violations().get(0));
    }

    @Test
    void nonNumericPositionIsRefusedWhenReadAsLong() {
        Cursor cursor = new Cursor(LIST, "abc", FINGERPRINT);

        InvalidInputException e = assertThrows(InvalidInputException.class, cursor::positionAsLong);

        assertEquals("cursor", e.violations().get(0).field());
    }

    @Test
    void partsMustBePlainTokens() {
        assertThrows(IllegalArgumentException.class, () -> new Cursor("customers|x", "1", FINGERPRINT));
        assertThrows(IllegalArgumentException.class, () -> new Cursor(LIST, "1 OR 1=1", FINGERPRINT));
        assertThrows(IllegalArgumentException.class, () -> new Cursor(LIST, "1", "a b"));
    }

    @Test
    void fingerprintIsStableForEqualInputs() {
        Instant since = Instant.parse("2025-01-01T00:00:00Z");

        assertEquals(
                Cursor.fingerprint("VIP", null, "east", since),
                Cursor.fingerprint("VIP", null, "east", Instant.parse("2025-01-01T00:00:00Z")));
        assertEquals(Cursor.fingerprint(42L), Cursor.fingerprint(42L));
    }

    @Test
    void fingerprintDiffersForDifferentInputs() {
        String base = Cursor.fingerprint("VIP", null, "east");

        assertNotEquals(base, Cursor.fingerprint("REGULAR", null, "east"));
        assertNotEquals(base, Cursor.fingerprint("VIP", "east", null));
        assertNotEquals(base, Cursor.fingerprint("VIP", null, "west"));
        assertNotEquals(Cursor.fingerprint((Object) null), Cursor.fingerprint("null"));
        assertNotEquals(Cursor.fingerprint("ab", "c"), Cursor.fingerprint("a", "bc"));
        assertNotEquals(Cursor.fingerprint(1L), Cursor.fingerprint(2L));
    }

    @Test
    void fingerprintIsAPlainTokenUsableInACursor() {
        String fingerprint = Cursor.fingerprint("标签", null, "a|b c");

        assertTrue(fingerprint.matches("[A-Za-z0-9_-]{16}"), fingerprint);
        assertEquals(
                fingerprint,
                Cursor.decode(new Cursor(LIST, "1", fingerprint).encode(), LIST, fingerprint)
                        .filterFingerprint());
    }

    @Test
    void fingerprintsOfStringsWithEqualHashCodesDiffer() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertNotEquals(Cursor.fingerprint("Aa"), Cursor.fingerprint("BB"));
    }
}
