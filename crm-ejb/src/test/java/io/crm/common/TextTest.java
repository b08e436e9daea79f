package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void cleanTrimsAndCollapsesInnerWhitespaceRuns() {
        assertEquals("Jean-Luc Martin", Text.clean("  Jean-Luc \t\n  Martin \r\n"));
    }

    @Test
    void cleanCollapsesAndTrimsTheIdeographicSpace() {
        assertEquals("张 伟", Text.clean("\u3000张\u3000\u3000伟\u3000"));
        assertEquals("欧阳 娜娜", Text.clean("欧阳 \u3000 娜娜"));
    }

    @Test
    void cleanTreatsOtherUnicodeSpacesLikeSpaces() {
        assertEquals("Zhang Wei", Text.clean("Zhang\u00a0Wei\u00a0"));
        assertEquals("Jean Luc", Text.clean("Jean\u2009Luc"));
    }

    @Test
    void cleanTurnsNullAndBlankIntoNull() {
        assertNull(Text.clean(null));
        assertNull(Text.clean(""));
        assertNull(Text.clean(" \t\n "));
        assertNull(Text.clean("\u3000\u3000"));
    }

    @Test
    void cleanNormalizesToNfc() {
        String decomposed = "Siobha\u0301n";
        String cleaned = Text.clean(decomposed);
        assertEquals("Siobh\u00e1n", cleaned);
        assertEquals(7, Text.length(cleaned));
    }

    @Test
    void cleanKeepsTextThatNeedsNoCleaning() {
        assertEquals("张伟", Text.clean("张伟"));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        assertEquals(3, Text.length("abc"));
        assertEquals(2, Text.length("张伟"));
        assertEquals(1, Text.length("😀"));
        assertEquals(2, "😀".length());
        assertEquals(3, Text.length("𠮷野家"));
        assertEquals(0, Text.length(""));
    }

    @Test
    void controlAndFormatCharactersAreDetected() {
        assertTrue(Text.hasControlCharacters("bell\u0007"));
        assertTrue(Text.hasControlCharacters("nul\u0000byte"));
        assertTrue(Text.hasControlCharacters("tab\tinside"));
        assertTrue(Text.hasControlCharacters("zero\u200bwidth space"));
        assertTrue(Text.hasControlCharacters("right-to-left \u202eoverride"));
    }

    @Test
    void plainTextAndTheZeroWidthJoinerAreNotControlCharacters() {
        assertFalse(Text.hasControlCharacters("Sales engineer 销售工程师"));
        assertFalse(Text.hasControlCharacters("family 👨\u200d👩\u200d👧"));
        assertFalse(Text.hasControlCharacters(""));
        assertFalse(Text.hasControlCharacters(null));
    }
}
