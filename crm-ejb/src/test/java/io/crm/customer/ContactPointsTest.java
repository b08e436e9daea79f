package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactPointsTest {

    private static Set<String> keysOf(String rawPhone, String rawEmail) {
        return ContactPoints.keys(
                List.of(ContactPoints.phone(rawPhone).orElseThrow()),
                List.of(ContactPoints.email(rawEmail).orElseThrow()));
    }

    @Test
    void phoneTypedInDifferentFormatsGivesTheSameE164() {
        for (String raw : List.of(
                "+8613800138000",
                "+86 138-0013-8000",
                "0086 13800138000",
                "+86 (138) 0013.8000",
                "  +86 138 0013 8000\t")) {
            assertEquals(Optional.of("+8613800138000"), ContactPoints.phone(raw), raw);
        }
    }

    @Test
    void phoneTypedFullWidthGivesTheSameE164() {
        for (String raw : List.of(
                "＋８６１３８００１３８０００",
                "＋８６ １３８－００１３－８０００",
                "００８６　１３８００１３８０００",
                "+86 （138） 0013．8000",
                "+86 138\u20130013\u20138000")) {
            assertEquals(Optional.of("+8613800138000"), ContactPoints.phone(raw), raw);
        }
    }

    @Test
    void aPhoneTypedFullWidthIsADuplicateOfTheSameNumberTypedInAscii() {
        assertEquals(
                keysOf("+86 138-0013-8000", "zhang.wei@example.com"),
                keysOf("＋８６ １３８－００１３－８０００", "ｚｈａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"));
    }

    @Test
    void phonesOfOtherCountriesAreNormalized() {
        assertEquals(Optional.of("+16502530000"), ContactPoints.phone("+1 650-253-0000"));
        assertEquals(Optional.of("+442079460000"), ContactPoints.phone("0044 20 7946 0000"));
    }

    @Test
    void phonesThatAreNotValidInternationalNumbersAreRefused() {
        for (String raw : List.of(
                "12345",
                "+86123",
                "13800138000",
                "+86 138 abcd 8000",
                "+86138001380001234",
                "++8613800138000",
                "+86 138 0013 8000 ext. 12",
                "",
                "   ",
                "+" + "1".repeat(40))) {
            assertEquals(Optional.empty(), ContactPoints.phone(raw), raw);
        }
    }

    @Test
    void nullPhoneIsEmpty() {
        assertEquals(Optional.empty(), ContactPoints.phone(null));
    }

    @Test
    void emailIsTrimmedWithTheDomainLowerCasedAndTheLocalPartKept() {
        assertEquals(Optional.of("Zhang.Wei@example.com"), ContactPoints.email("  Zhang.Wei@Example.COM "));
        assertEquals(Optional.of("li+crm@mail.example.cn"), ContactPoints.email("li+crm@MAIL.example.CN"));
    }

    @Test
    void internationalizedDomainsAreAccepted() {
        assertEquals(Optional.of("info@例子.中国"), ContactPoints.email("info@例子.中国"));
    }

    @Test
    void invalidEmailsAreRefused() {
        for (String raw : List.of(
                "zhang.wei",
                "@example.com",
                "zhang@",
                "a@example",
                "a b@example.com",
                "a..b@example.com",
                ".a@example.com",
                "a@-example.com",
                "a@example.c",
                "a@@example.com",
                "x".repeat(65) + "@example.com",
                "a@" + "b".repeat(250) + ".com",
                "")) {
            assertEquals(Optional.empty(), ContactPoints.email(raw), raw);
        }
    }

    @Test
    void nullEmailIsEmpty() {
        assertEquals(Optional.empty(), ContactPoints.email(null));
    }

    @Test
    void keysArePrefixedByKindInOrder() {
        assertEquals(
                List.of("phone:+8613800138000", "phone:+8613900139000", "email:zhang.wei@example.com"),
                List.copyOf(ContactPoints.keys(
                        List.of("+8613800138000", "+8613900139000"), List.of("Zhang.Wei@example.com"))));
    }

    @Test
    void sameContactTypedTwoWaysGivesTheSameKeys() {
        assertEquals(
                keysOf("+86 138-0013-8000", "Zhang.Wei@Example.com"),
                keysOf("0086 13800138000", "zhang.wei@EXAMPLE.COM"));
    }

    @Test
    void emailKeysAreCaseFoldedWholeWhileTheStoredAddressKeepsItsLocalPart() {
        String stored = ContactPoints.email("Zhang.Wei@Example.com").orElseThrow();

        assertEquals("Zhang.Wei@example.com", stored);
        assertEquals(Set.of("email:zhang.wei@example.com"), ContactPoints.keys(List.of(), List.of(stored)));
    }

    @Test
    void differentContactsGiveDifferentKeys() {
        assertNotEquals(
                keysOf("+8613800138000", "zhang.wei@example.com"), keysOf("+8613900139000", "zhang.wei@example.com"));
        assertTrue(ContactPoints.keys(List.of(), List.of()).isEmpty());
    }
}
