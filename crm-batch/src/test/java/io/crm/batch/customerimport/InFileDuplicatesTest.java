package io.crm.batch.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InFileDuplicatesTest {

    @Test
    void aLaterRowWithTheSameKeyNormalizedIsARepeatNamingTheFirstLine() {
        InFileDuplicates d = new InFileDuplicates();
        assertTrue(d.check(2, "E-1", List.of("+86 138 0013 8000"), List.of("Wang@Example.com"))
                .isEmpty());
        assertTrue(d.check(3, "E-2", List.of("+8613900139000"), List.of()).isEmpty());

        InFileDuplicates.Repeat phone =
                d.check(4, null, List.of("＋８６ １３８－００１３－８０００"), List.of()).orElseThrow();
        assertEquals("phones", phone.field());
        assertTrue(phone.reason().startsWith("repeats line 2 (the same phone)"), phone.reason());

        InFileDuplicates.Repeat email =
                d.check(5, null, List.of(), List.of("wang@example.COM")).orElseThrow();
        assertEquals("emails", email.field());
        assertTrue(email.reason().contains("line 2"), email.reason());

        InFileDuplicates.Repeat id = d.check(6, " E-2 ", List.of(), List.of()).orElseThrow();
        assertEquals("externalId", id.field());
        assertTrue(id.reason().contains("line 3"), id.reason());
    }

    @Test
    void aRepeatClaimsNoKeysAndUnreadableContactsAreNoKeys() {
        InFileDuplicates d = new InFileDuplicates();
        assertTrue(d.check(2, null, List.of("+8613800138000"), List.of()).isEmpty());
        assertTrue(d.check(3, null, List.of("+8613800138000", "+8613900139000"), List.of())
                .isPresent());
        // line 3 was refused, so its second phone is still free
        assertTrue(d.check(4, null, List.of("+8613900139000"), List.of()).isEmpty());
        assertTrue(d.check(5, null, List.of("not a phone"), List.of("nope")).isEmpty());
        assertTrue(d.check(6, null, List.of("not a phone"), List.of("nope")).isEmpty());
    }
}
