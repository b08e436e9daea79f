package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TypedText;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Phones and addresses are looked for in every note at every read, index and audit: the work must grow with the
 * length of the text only, also for text made to be slow (the regular expression this replaced took about n²/2
 * steps on a run of address characters before an @).
 */
class LinearScanTest {

    private static final int N = 100_000;
    /** Looks at each character allowed: a few, whatever the text. */
    private static final int LOOKS_PER_CHARACTER = 8;

    private static final List<IntFunction<String>> ADVERSARIAL = List.of(
            n -> "a".repeat(n) + "@",
            n -> "a".repeat(n) + "@" + "b".repeat(n),
            n -> "a@".repeat(n / 2),
            n -> "a.".repeat(n / 2) + "@" + "b-".repeat(n / 2),
            n -> "@b.c".repeat(n / 4),
            n -> "x@".repeat(n / 4) + "y.".repeat(n / 4),
            n -> "1".repeat(n),
            n -> "1-".repeat(n / 2),
            n -> "1 ".repeat(n / 2),
            n -> "1.".repeat(n / 2),
            n -> "(1) ".repeat(n / 4),
            n -> "((1 ".repeat(n / 4),
            n -> "+1 (23) 456-7".repeat(n / 13),
            n -> "13800138000 ".repeat(n / 12),
            n -> "2026-11-22 ".repeat(n / 11),
            n -> "1a".repeat(n / 2),
            n -> "a1@b2.c3 4-5.6 ".repeat(n / 15));

    @Test
    void findingAddressesLooksAtEachCharacterAFewTimes() {
        assertLinear(text -> EmailsInText.find(text));
    }

    @Test
    void findingPhonesLooksAtEachCharacterAFewTimes() {
        assertLinear(text -> PhonesInText.find(text));
    }

    @Test
    void theScansGetTextOfAboutTheLengthTyped() {
        // Reading the text in ASCII width is one pass over it, character by character; the scans are the rest.
        for (IntFunction<String> make : ADVERSARIAL) {
            String text = make.apply(N);
            assertTrue(TypedText.of(text).read().length() <= 2 * text.length());
        }
    }

    private static void assertLinear(Function<CharSequence, ?> scan) {
        for (IntFunction<String> make : ADVERSARIAL) {
            CountingText small = new CountingText(make.apply(N / 4));
            CountingText large = new CountingText(make.apply(N));
            scan.apply(small);
            scan.apply(large);
            String example = large.toString().substring(0, 20);
            assertTrue(
                    large.looks() <= (long) LOOKS_PER_CHARACTER * large.length(),
                    () -> example + "…: " + large.looks() + " looks at " + large.length() + " characters");
            assertTrue(
                    large.looks() <= 5 * Math.max(1, small.looks()),
                    () -> example + "…: 4 times the text cost " + large.looks() + " looks against " + small.looks());
        }
    }
}
