package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.ConflictException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    @Test
    void visibleClashOnAPhoneNamesTheExistingCustomer() {
        ConflictException e = DuplicateDetector.conflict(42L, true, "phone:+8613800138000");

        assertEquals(Map.of("field", "phones", "existingId", "42"), e.extensions());
        assertTrue(e.getMessage().contains("phone +8613800138000"), e.getMessage());
        assertTrue(e.getMessage().contains("customer 42"), e.getMessage());
        assertTrue(e.getMessage().contains("allowDuplicate=true"), e.getMessage());
    }

    @Test
    void invisibleClashDoesNotNameTheExistingCustomer() {
        ConflictException e = DuplicateDetector.conflict(42L, false, "phone:+8613800138000");

        assertEquals(Map.of("field", "phones"), e.extensions());
        assertFalse(e.extensions().containsKey("existingId"));
        assertFalse(e.getMessage().contains("42"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot see"), e.getMessage());
        assertTrue(e.getMessage().contains("allowDuplicate=true"), e.getMessage());
    }

    @Test
    void clashOnAnEmailNamesTheEmailsField() {
        ConflictException e = DuplicateDetector.conflict(7L, true, "email:zhang.wei@example.com");

        assertEquals(Map.of("field", "emails", "existingId", "7"), e.extensions());
        assertTrue(e.getMessage().contains("email zhang.wei@example.com"), e.getMessage());
    }

    @Test
    void existingIdIsAStringSoThatLargeIdsSurviveJavaScriptClients() {
        ConflictException e = DuplicateDetector.conflict(9_007_199_254_740_993L, true, "email:a@example.com");

        assertEquals("9007199254740993", e.extensions().get("existingId"));
    }
}
