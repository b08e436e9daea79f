package io.crm.rest.json;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonFieldsTest {

    private enum Channel { EMAIL, SMS, WECHAT }

    private enum Kind { PERSON, COMPANY }

    private static final Set<String> WRITABLE =
            Set.of("name", "active", "kind", "birthday", "at", "amount", "phones", "consents");
    private static final Set<String> READ_ONLY = Set.of("id", "rfm");

    /** Parses JSON written with single quotes for readability. */
    private static JsonFields fields(String singleQuotedJson) {
        String json = singleQuotedJson.replace('\'', '"');
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new JsonFields(object, WRITABLE, READ_ONLY);
        }
    }

    private static List<Violation> violationsOf(JsonFields f) {
        return assertThrows(InvalidInputException.class, f::done).violations();
    }

    private static void assertOnlyViolation(JsonFields f, String field, String messagePart) {
        List<Violation> violations = violationsOf(f);
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.get(0).field(), violations::toString);
        assertTrue(violations.get(0).message().contains(messagePart), violations::toString);
    }

    // --- strings ---

    @Test
    void stringIsRead() {
        JsonFields f = fields("{'name': '欧阳·娜娜'}");

        assertEquals("欧阳·娜娜", f.string("name"));
        assertDoesNotThrow(f::done);
    }

    @Test
    void numberIsNotAString() {
        JsonFields f = fields("{'name': 1}");

        assertNull(f.string("name"));
        assertOnlyViolation(f, "name", "must be a string");
    }

    @Test
    void booleanArrayAndObjectAreNotStrings() {
        JsonFields f = fields("{'name': true, 'kind': ['PERSON'], 'birthday': {}}");

        f.string("name");
        f.string("kind");
        f.string("birthday");

        assertEquals(List.of(new Violation("name", "must be a string"), new Violation("kind", "must be a string"),
                new Violation("birthday", "must be a string")), violationsOf(f));
    }

    @Test
    void nullIsTreatedAsAbsent() {
        JsonFields f = fields("{'name': null, 'active': null, 'kind': null, 'birthday': null, 'at': null, "
                + "'amount': null, 'phones': null, 'consents': null}");

        assertNull(f.string("name"));
        assertNull(f.bool("active"));
        assertNull(f.enumValue("kind", Kind.class));
        assertNull(f.date("birthday"));
        assertNull(f.instant("at"));
        assertNull(f.decimalString("amount"));
        assertEquals(List.of(), f.strings("phones"));
        assertEquals(Map.of(), f.booleanMap("consents", Channel.class));
        assertDoesNotThrow(f::done);
    }

    @Test
    void absentFieldsReadAsNullOrEmpty() {
        JsonFields f = fields("{}");

        assertNull(f.string("name"));
        assertNull(f.bool("active"));
        assertEquals(List.of(), f.strings("phones"));
        assertEquals(Map.of(), f.booleanMap("consents", Channel.class));
        assertDoesNotThrow(f::done);
    }

    // --- which fields ---

    @Test
    void unknownFieldIsRefused() {
        JsonFields f = fields("{'nickname': 'Wei'}");

        assertEquals(List.of(new Violation("nickname", "is not a field of this resource")), violationsOf(f));
    }

    @Test
    void readOnlyFieldIsRefused() {
        JsonFields f = fields("{'id': 5, 'rfm': {'recency': 1}}");

        assertEquals(List.of(new Violation("id", "is read-only"), new Violation("rfm", "is read-only")),
                violationsOf(f).stream().sorted((a, b) -> a.field().compareTo(b.field())).toList());
    }

    @Test
    void readOnlyFieldIsRefusedEvenWhenNull() {
        JsonFields f = fields("{'id': null}");

        assertOnlyViolation(f, "id", "is read-only");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        JsonFields f = fields("{'Name': 'x'}");

        assertOnlyViolation(f, "Name", "is not a field of this resource");
    }

    // --- booleans ---

    @Test
    void booleansAreRead() {
        assertEquals(Boolean.TRUE, fields("{'active': true}").bool("active"));
        assertEquals(Boolean.FALSE, fields("{'active': false}").bool("active"));
    }

    @Test
    void yesIsNotABoolean() {
        JsonFields f = fields("{'active': 'yes'}");

        assertNull(f.bool("active"));
        assertOnlyViolation(f, "active", "must be true or false");
    }

    @Test
    void quotedOneAndNumberOneAreNotBooleans() {
        JsonFields quoted = fields("{'active': '1'}");
        JsonFields number = fields("{'active': 1}");
        JsonFields quotedTrue = fields("{'active': 'true'}");

        assertNull(quoted.bool("active"));
        assertNull(number.bool("active"));
        assertNull(quotedTrue.bool("active"));
        assertOnlyViolation(quoted, "active", "must be true or false");
        assertOnlyViolation(number, "active", "must be true or false");
        assertOnlyViolation(quotedTrue, "active", "must be true or false");
    }

    // --- enums ---

    @Test
    void enumValueIsRead() {
        assertEquals(Kind.COMPANY, fields("{'kind': 'COMPANY'}").enumValue("kind", Kind.class));
    }

    @Test
    void enumValueIsCaseSensitiveAndNamesTheChoices() {
        JsonFields f = fields("{'kind': 'company'}");

        assertNull(f.enumValue("kind", Kind.class));
        assertEquals(List.of(new Violation("kind", "must be one of [PERSON, COMPANY]")), violationsOf(f));
    }

    @Test
    void enumValueMustBeAString() {
        JsonFields f = fields("{'kind': 0}");

        assertNull(f.enumValue("kind", Kind.class));
        assertOnlyViolation(f, "kind", "must be a string");
    }

    // --- dates and instants ---

    @Test
    void dateIsRead() {
        assertEquals(LocalDate.of(1990, 5, 1), fields("{'birthday': '1990-05-01'}").date("birthday"));
    }

    @Test
    void malformedDatesAreRefused() {
        for (String bad : List.of("1990-13-01", "1990-02-30", "01/05/1990", "1990-5-1", "1990-05-01T00:00:00Z")) {
            JsonFields f = fields("{'birthday': '" + bad + "'}");
            assertNull(f.date("birthday"), bad);
            assertOnlyViolation(f, "birthday", "must be a date YYYY-MM-DD");
        }
    }

    @Test
    void instantIsRead() {
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), fields("{'at': '2026-11-22T08:00:00Z'}").instant("at"));
        assertEquals(Instant.parse("2026-11-22T08:00:00.123456Z"),
                fields("{'at': '2026-11-22T08:00:00.123456Z'}").instant("at"));
    }

    @Test
    void malformedInstantsAreRefused() {
        for (String bad : List.of("2026-11-22", "2026-11-22 08:00:00", "yesterday", "1700000000")) {
            JsonFields f = fields("{'at': '" + bad + "'}");
            assertNull(f.instant("at"), bad);
            assertOnlyViolation(f, "at", "ISO-8601");
        }
    }

    @Test
    void instantAsNumberIsRefused() {
        JsonFields f = fields("{'at': 1700000000}");

        assertNull(f.instant("at"));
        assertOnlyViolation(f, "at", "must be a string");
    }

    // --- decimals ---

    @Test
    void decimalStringIsReadExactly() {
        BigDecimal amount = fields("{'amount': '99.00'}").decimalString("amount");

        assertEquals(new BigDecimal("99.00"), amount);
        assertEquals(2, amount.scale());
        assertEquals(new BigDecimal("-5"), fields("{'amount': '-5'}").decimalString("amount"));
    }

    @Test
    void decimalAsJsonNumberIsRefused() {
        JsonFields f = fields("{'amount': 99.00}");

        assertNull(f.decimalString("amount"));
        assertOnlyViolation(f, "amount", "must be a string");
    }

    @Test
    void decimalStringsInOtherNotationsAreRefused() {
        for (String bad : List.of("1e3", "99.", ".5", "1,000.00", " 99.00", "+99", "NaN", "", "1234567890123456")) {
            JsonFields f = fields("{'amount': '" + bad + "'}");
            assertNull(f.decimalString("amount"), bad);
            assertOnlyViolation(f, "amount", "decimal string");
        }
    }

    // --- string arrays ---

    @Test
    void stringsAreReadInOrder() {
        assertEquals(List.of("+8613800138000", "+8613900139000"),
                fields("{'phones': ['+8613800138000', '+8613900139000']}").strings("phones"));
    }

    @Test
    void nonStringElementIsReportedWithItsIndex() {
        JsonFields f = fields("{'phones': ['+8613800138000', 8613900139000, null, '+8613700137000']}");

        assertEquals(List.of("+8613800138000", "+8613700137000"), f.strings("phones"));
        assertEquals(List.of(new Violation("phones[1]", "must be a string"), new Violation("phones[2]", "must be a string")),
                violationsOf(f));
    }

    @Test
    void stringInsteadOfArrayIsRefused() {
        JsonFields f = fields("{'phones': '+8613800138000'}");

        assertEquals(List.of(), f.strings("phones"));
        assertOnlyViolation(f, "phones", "must be an array of strings");
    }

    // --- boolean maps ---

    @Test
    void booleanMapIsRead() {
        Map<Channel, Boolean> map = fields("{'consents': {'EMAIL': true, 'SMS': false}}").booleanMap("consents", Channel.class);

        assertEquals(Map.of(Channel.EMAIL, true, Channel.SMS, false), map);
    }

    @Test
    void nullValueInBooleanMapRemovesTheKey() {
        Map<Channel, Boolean> map = fields("{'consents': {'EMAIL': true, 'SMS': null}}").booleanMap("consents", Channel.class);

        assertEquals(Map.of(Channel.EMAIL, true), map);
        assertFalse(map.containsKey(Channel.SMS));
    }

    @Test
    void badKeysAndValuesOfABooleanMapAreReportedWithTheirPath() {
        JsonFields f = fields("{'consents': {'FAX': true, 'EMAIL': 'yes', 'SMS': 1, 'WECHAT': true}}");

        Map<Channel, Boolean> map = f.booleanMap("consents", Channel.class);

        assertEquals(Map.of(Channel.WECHAT, true), map);
        assertEquals(List.of(new Violation("consents.FAX", "must be one of [EMAIL, SMS, WECHAT]"),
                new Violation("consents.EMAIL", "must be true or false"),
                new Violation("consents.SMS", "must be true or false")), violationsOf(f));
    }

    @Test
    void booleanMapKeysAreCaseSensitive() {
        JsonFields f = fields("{'consents': {'email': true}}");

        assertEquals(Map.of(), f.booleanMap("consents", Channel.class));
        assertOnlyViolation(f, "consents.email", "must be one of");
    }

    @Test
    void arrayInsteadOfObjectIsRefused() {
        JsonFields f = fields("{'consents': ['EMAIL']}");

        assertEquals(Map.of(), f.booleanMap("consents", Channel.class));
        assertOnlyViolation(f, "consents", "must be an object");
    }

    // --- done ---

    @Test
    void doneReportsEveryViolationAtOnce() {
        JsonFields f = fields("{'nickname': 'x', 'id': 1, 'name': 2, 'active': 'yes', 'phones': [true]}");
        f.string("name");
        f.bool("active");
        f.strings("phones");

        InvalidInputException e = assertThrows(InvalidInputException.class, f::done);

        assertEquals(Set.of("nickname", "id", "name", "active", "phones[0]"),
                e.violations().stream().map(Violation::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals("5 fields are invalid", e.getMessage());
    }

    @Test
    void doneIsQuietWithoutViolations() {
        JsonFields f = fields("{'name': '张伟', 'active': true, 'phones': [], 'consents': {}}");
        f.string("name");
        f.bool("active");
        f.strings("phones");
        f.booleanMap("consents", Channel.class);

        assertDoesNotThrow(f::done);
    }

    // --- control characters ---

    @Test
    void aSingleLineTextRefusesEveryControlCharacter() {
        for (String text : new String[] {"nul\u0000byte", "two\nlines", "tab\tbed", "bell\u0007", "del\u007f"}) {
            JsonFields f = new JsonFields(Json.createObjectBuilder().add("name", text).build(), WRITABLE, READ_ONLY);
            assertEquals(null, f.string("name"));
            assertOnlyViolation(f, "name", "control characters");
        }
    }

    @Test
    void linesKeepBreaksAndTabsButRefuseOtherControlCharacters() {
        JsonFields f = new JsonFields(Json.createObjectBuilder().add("name", "first\r\n\tsecond").build(), WRITABLE, READ_ONLY);
        assertEquals("first\r\n\tsecond", f.lines("name"));
        assertDoesNotThrow(f::done);
        JsonFields nul = new JsonFields(Json.createObjectBuilder().add("name", "a\n\u0000").build(), WRITABLE, READ_ONLY);
        nul.lines("name");
        assertOnlyViolation(nul, "name", "control characters");
    }

    @Test
    void eachStringOfAnArrayIsCheckedByItsIndex() {
        JsonFields f = new JsonFields(Json.createObjectBuilder().add("phones", Json.createArrayBuilder().add("ok").add("x\u0000"))
                .build(), WRITABLE, READ_ONLY);
        assertEquals(List.of("ok"), f.strings("phones"));
        assertOnlyViolation(f, "phones[1]", "control characters");
    }
}
