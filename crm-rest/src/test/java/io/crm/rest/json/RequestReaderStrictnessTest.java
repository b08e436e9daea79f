package io.crm.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The strictness of every request body, rule by rule (these were the cases of the hand-written field reader). */
class RequestReaderStrictnessTest {

    enum Channel {
        EMAIL,
        SMS,
        WECHAT
    }

    enum Kind {
        PERSON,
        COMPANY
    }

    @ReadOnly({"id", "rfm"})
    record Body(
            String name,
            @MultiLine String text,
            Boolean active,
            Kind kind,
            LocalDate birthday,
            Instant at,
            BigDecimal amount,
            List<String> phones,
            Map<Channel, Boolean> consents) {}

    /** Parses JSON written with single quotes for readability. */
    private static JsonObject json(String singleQuotedJson) {
        try (var reader = Json.createReader(new StringReader(singleQuotedJson.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static Body read(String singleQuotedJson) {
        return RequestReader.read(json(singleQuotedJson), Body.class);
    }

    private static List<Violation> violations(JsonObject json) {
        return assertThrows(InvalidInputException.class, () -> RequestReader.read(json, Body.class))
                .violations();
    }

    private static List<Violation> violations(String singleQuotedJson) {
        return violations(json(singleQuotedJson));
    }

    private static void assertOnlyViolation(List<Violation> violations, String field, String messagePart) {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.get(0).field(), violations::toString);
        assertTrue(violations.get(0).message().contains(messagePart), violations::toString);
    }

    private static void assertOnlyViolation(String singleQuotedJson, String field, String messagePart) {
        assertOnlyViolation(violations(singleQuotedJson), field, messagePart);
    }

    // --- strings ---

    @Test
    void stringIsRead() {
        assertEquals("欧阳·娜娜", read("{'name': '欧阳·娜娜'}").name());
    }

    @Test
    void numberIsNotAString() {
        assertOnlyViolation("{'name': 1}", "name", "must be a string");
    }

    @Test
    void booleanArrayAndObjectAreNotStrings() {
        assertEquals(
                List.of(
                        new Violation("name", "must be a string"),
                        new Violation("kind", "must be a string"),
                        new Violation("birthday", "must be a string")),
                violations("{'name': true, 'kind': ['PERSON'], 'birthday': {}}"));
    }

    @Test
    void nullIsTreatedAsAbsent() {
        Body b = read("{'name': null, 'active': null, 'kind': null, 'birthday': null, 'at': null, "
                + "'amount': null, 'phones': null, 'consents': null}");
        assertEquals(new Body(null, null, null, null, null, null, null, List.of(), Map.of()), b);
    }

    @Test
    void absentFieldsReadAsNullOrEmpty() {
        assertEquals(new Body(null, null, null, null, null, null, null, List.of(), Map.of()), read("{}"));
    }

    // --- which fields ---

    @Test
    void unknownFieldIsRefused() {
        assertEquals(
                List.of(new Violation("nickname", "is not a field of this resource")),
                violations("{'nickname': 'Wei'}"));
    }

    @Test
    void readOnlyFieldIsRefused() {
        assertEquals(
                List.of(new Violation("id", "is read-only"), new Violation("rfm", "is read-only")),
                violations("{'id': 5, 'rfm': {'recency': 1}}").stream()
                        .sorted(Comparator.comparing(Violation::field))
                        .toList());
    }

    @Test
    void readOnlyFieldIsRefusedEvenWhenNull() {
        assertOnlyViolation("{'id': null}", "id", "is read-only");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        assertOnlyViolation("{'Name': 'x'}", "Name", "is not a field of this resource");
    }

    // --- booleans ---

    @Test
    void booleansAreRead() {
        assertEquals(Boolean.TRUE, read("{'active': true}").active());
        assertEquals(Boolean.FALSE, read("{'active': false}").active());
    }

    @Test
    void yesIsNotABoolean() {
        assertOnlyViolation("{'active': 'yes'}", "active", "must be true or false");
    }

    @Test
    void quotedOneAndNumberOneAreNotBooleans() {
        assertOnlyViolation("{'active': '1'}", "active", "must be true or false");
        assertOnlyViolation("{'active': 1}", "active", "must be true or false");
        assertOnlyViolation("{'active': 'true'}", "active", "must be true or false");
    }

    // --- enums ---

    @Test
    void enumValueIsRead() {
        assertEquals(Kind.COMPANY, read("{'kind': 'COMPANY'}").kind());
    }

    @Test
    void enumValueIsCaseSensitiveAndNamesTheChoices() {
        assertEquals(
                List.of(new Violation("kind", "must be one of [PERSON, COMPANY]")), violations("{'kind': 'company'}"));
    }

    @Test
    void enumValueMustBeAString() {
        assertOnlyViolation("{'kind': 0}", "kind", "must be a string");
    }

    // --- dates and instants ---

    @Test
    void dateIsRead() {
        assertEquals(
                LocalDate.of(1990, 5, 1), read("{'birthday': '1990-05-01'}").birthday());
    }

    @Test
    void malformedDatesAreRefused() {
        for (String bad : List.of("1990-13-01", "1990-02-30", "01/05/1990", "1990-5-1", "1990-05-01T00:00:00Z")) {
            assertOnlyViolation("{'birthday': '" + bad + "'}", "birthday", "must be a date YYYY-MM-DD");
        }
    }

    @Test
    void instantIsRead() {
        assertEquals(
                Instant.parse("2026-11-22T08:00:00Z"),
                read("{'at': '2026-11-22T08:00:00Z'}").at());
        assertEquals(
                Instant.parse("2026-11-22T08:00:00.123456Z"),
                read("{'at': '2026-11-22T08:00:00.123456Z'}").at());
    }

    @Test
    void malformedInstantsAreRefused() {
        for (String bad : List.of("2026-11-22", "2026-11-22 08:00:00", "yesterday", "1700000000")) {
            assertOnlyViolation("{'at': '" + bad + "'}", "at", "ISO-8601");
        }
    }

    @Test
    void instantAsNumberIsRefused() {
        assertOnlyViolation("{'at': 1700000000}", "at", "must be a string");
    }

    // --- decimals ---

    @Test
    void decimalStringIsReadExactly() {
        BigDecimal amount = read("{'amount': '99.00'}").amount();
        assertEquals(new BigDecimal("99.00"), amount);
        assertEquals(2, amount.scale());
        assertEquals(new BigDecimal("-5"), read("{'amount': '-5'}").amount());
    }

    @Test
    void decimalAsJsonNumberIsRefused() {
        assertOnlyViolation("{'amount': 99.00}", "amount", "must be a string");
    }

    @Test
    void decimalStringsInOtherNotationsAreRefused() {
        for (String bad : List.of("1e3", "99.", ".5", "1,000.00", " 99.00", "+99", "NaN", "", "1234567890123456")) {
            assertOnlyViolation("{'amount': '" + bad + "'}", "amount", "decimal string");
        }
    }

    // --- string arrays ---

    @Test
    void stringsAreReadInOrder() {
        assertEquals(
                List.of("+8613800138000", "+8613900139000"),
                read("{'phones': ['+8613800138000', '+8613900139000']}").phones());
    }

    @Test
    void nonStringElementIsReportedWithItsIndex() {
        assertEquals(
                List.of(new Violation("phones[1]", "must be a string"), new Violation("phones[2]", "must be a string")),
                violations("{'phones': ['+8613800138000', 8613900139000, null, '+8613700137000']}"));
    }

    @Test
    void stringInsteadOfArrayIsRefused() {
        assertOnlyViolation("{'phones': '+8613800138000'}", "phones", "must be an array of strings");
    }

    // --- boolean maps ---

    @Test
    void booleanMapIsRead() {
        assertEquals(
                Map.of(Channel.EMAIL, true, Channel.SMS, false),
                read("{'consents': {'EMAIL': true, 'SMS': false}}").consents());
    }

    @Test
    void nullValueInBooleanMapRemovesTheKey() {
        Map<Channel, Boolean> map =
                read("{'consents': {'EMAIL': true, 'SMS': null}}").consents();
        assertEquals(Map.of(Channel.EMAIL, true), map);
        assertFalse(map.containsKey(Channel.SMS));
    }

    @Test
    void badKeysAndValuesOfABooleanMapAreReportedWithTheirPath() {
        assertEquals(
                List.of(
                        new Violation("consents.FAX", "must be one of [EMAIL, SMS, WECHAT]"),
                        new Violation("consents.EMAIL", "must be true or false"),
                        new Violation("consents.SMS", "must be true or false")),
                violations("{'consents': {'FAX': true, 'EMAIL': 'yes', 'SMS': 1, 'WECHAT': true}}"));
    }

    @Test
    void booleanMapKeysAreCaseSensitive() {
        assertOnlyViolation("{'consents': {'email': true}}", "consents.email", "must be one of");
    }

    @Test
    void arrayInsteadOfObjectIsRefused() {
        assertOnlyViolation("{'consents': ['EMAIL']}", "consents", "must be an object");
    }

    // --- every problem at once ---

    @Test
    void everyViolationIsReportedAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> read("{'nickname': 'x', 'id': 1, 'name': 2, 'active': 'yes', 'phones': [true]}"));
        assertEquals(
                Set.of("nickname", "id", "name", "active", "phones[0]"),
                e.violations().stream().map(Violation::field).collect(Collectors.toSet()));
        assertEquals("5 fields are invalid", e.getMessage());
    }

    @Test
    void aValidBodyIsQuiet() {
        assertEquals(
                new Body("张伟", null, true, null, null, null, null, List.of(), Map.of()),
                read("{'name': '张伟', 'active': true, 'phones': [], 'consents': {}}"));
    }

    // --- control characters ---

    @Test
    void aSingleLineTextRefusesEveryControlCharacter() {
        for (String text : new String[] {"nul\u0000byte", "two\nlines", "tab\tbed", "bell\u0007", "del\u007f"}) {
            assertOnlyViolation(
                    violations(Json.createObjectBuilder().add("name", text).build()), "name", "control characters");
        }
    }

    @Test
    void linesKeepBreaksAndTabsButRefuseOtherControlCharacters() {
        assertEquals(
                "first\r\n\tsecond",
                RequestReader.read(
                                Json.createObjectBuilder()
                                        .add("text", "first\r\n\tsecond")
                                        .build(),
                                Body.class)
                        .text());
        assertOnlyViolation(
                violations(Json.createObjectBuilder().add("text", "a\n\u0000").build()), "text", "control characters");
    }

    @Test
    void eachStringOfAnArrayIsCheckedByItsIndex() {
        assertOnlyViolation(
                violations(Json.createObjectBuilder()
                        .add("phones", Json.createArrayBuilder().add("ok").add("x\u0000"))
                        .build()),
                "phones[1]",
                "control characters");
    }
}
