package io.crm.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

    enum Kind {
        PERSON,
        COMPANY
    }

    enum Channel {
        EMAIL,
        SMS
    }

    record Target(
            @Size(max = 5, message = "must be at most {max} characters")
            String segmentId,

            Boolean everyone) {}

    @ReadOnly({"id", "createdAt"})
    record Sample(
            @NotBlank(message = "is required") @Size(max = 10, message = "must be at most {max} characters")
            String name,

            @MultiLine(cleaned = true) @Size(max = 20, message = "must be at most {max} characters")
            String text,

            Boolean active,

            @Min(value = 0, message = "must be at least {value}") @Max(value = 10, message = "must be at most {value}")
            Integer score,

            BigDecimal amount,
            Kind kind,
            LocalDate birthday,
            Instant at,
            List<@Size(max = 3, message = "must be at most {max} characters") String> tags,
            Map<Channel, Boolean> consents,
            JsonObject rules,
            @Valid Target target) {}

    record Required(@NotNull(message = "is required") Kind kind) {}

    record Raw(@MultiLine String text) {}

    private static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static Sample read(String singleQuoted) {
        return RequestReader.read(json(singleQuoted), Sample.class);
    }

    private static List<Violation> violations(String singleQuoted) {
        return assertThrows(InvalidInputException.class, () -> read(singleQuoted))
                .violations();
    }

    private static void assertOnly(String singleQuoted, String field, String message) {
        List<Violation> violations = violations(singleQuoted);
        assertEquals(List.of(new Violation(field, message)), violations);
    }

    @Test
    void everyTypeIsReadAsDeclared() {
        Sample s = read("{'name': 'Ann', 'text': ' two\\n\\tlines ', 'active': true, 'score': 7, 'amount': '99.00',"
                + " 'kind': 'COMPANY', 'birthday': '1990-05-01', 'at': '2026-11-22T08:00:00Z', 'tags': ['a', 'b'],"
                + " 'consents': {'EMAIL': true, 'SMS': null}, 'rules': {'all': []}, 'target': {'segmentId': '12'}}");
        assertEquals("Ann", s.name());
        assertEquals("two\n\tlines", s.text(), "a multi-line text is cleaned as Text.cleanLines does");
        assertEquals(true, s.active());
        assertEquals(7, s.score());
        assertEquals(new BigDecimal("99.00"), s.amount());
        assertEquals(Kind.COMPANY, s.kind());
        assertEquals(LocalDate.of(1990, 5, 1), s.birthday());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), s.at());
        assertEquals(List.of("a", "b"), s.tags());
        assertEquals(Map.of(Channel.EMAIL, true), s.consents(), "a null value leaves the key out");
        assertEquals(json("{'all': []}"), s.rules());
        assertEquals(new Target("12", null), s.target());
    }

    @Test
    void absentAndNullFieldsAreNullOrEmpty() {
        Sample s = read("{'name': 'Ann', 'text': null}");
        assertNull(s.text());
        assertNull(s.kind());
        assertEquals(List.of(), s.tags());
        assertEquals(Map.of(), s.consents());
    }

    @Test
    void unknownAndReadOnlyFieldsAreRefused() {
        assertOnly("{'name': 'Ann', 'nickname': 'A'}", "nickname", "is not a field of this resource");
        assertOnly("{'name': 'Ann', 'id': '5'}", "id", "is read-only");
        assertOnly("{'name': 'Ann', 'target': {'segment': '1'}}", "target.segment", "is not a field of this resource");
    }

    @Test
    void noValueIsCoerced() {
        assertOnly("{'name': 1}", "name", "must be a string");
        assertOnly("{'name': 'Ann', 'active': 'yes'}", "active", "must be true or false");
        assertOnly("{'name': 'Ann', 'score': '9'}", "score", "must be a whole number");
        assertOnly("{'name': 'Ann', 'score': 9.5}", "score", "must be a whole number");
        assertOnly("{'name': 'Ann', 'score': 3000000000}", "score", "must be a whole number");
        assertOnly("{'name': 'Ann', 'amount': 99.5}", "amount", "must be a string");
        assertOnly("{'name': 'Ann', 'amount': '1e3'}", "amount", "must be a decimal string such as \"99.00\"");
        assertOnly("{'name': 'Ann', 'kind': 'ROBOT'}", "kind", "must be one of [PERSON, COMPANY]");
        assertOnly("{'name': 'Ann', 'birthday': '1990-13-01'}", "birthday", "must be a date YYYY-MM-DD");
        assertOnly(
                "{'name': 'Ann', 'at': 'yesterday'}",
                "at",
                "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z");
        assertOnly("{'name': 'Ann', 'tags': 'a'}", "tags", "must be an array of strings");
        assertOnly("{'name': 'Ann', 'tags': ['a', 2]}", "tags[1]", "must be a string");
        assertOnly("{'name': 'Ann', 'consents': {'EMAIL': 'yes'}}", "consents.EMAIL", "must be true or false");
        assertOnly("{'name': 'Ann', 'consents': {'FAX': true}}", "consents.FAX", "must be one of [EMAIL, SMS]");
        assertOnly("{'name': 'Ann', 'rules': []}", "rules", "must be an object");
        assertOnly("{'name': 'Ann', 'target': 'x'}", "target", "must be an object");
    }

    @Test
    void singleLinesRefuseLineBreaksAndTextsOnlyOtherControlCharacters() {
        assertOnly("{'name': 'A\\nB'}", "name", "must not contain control characters");
        assertOnly(
                "{'name': 'Ann', 'text': 'a\\u0007b'}",
                "text",
                "must not contain control characters other than line breaks and tabs");
        assertOnly("{'name': 'Ann', 'tags': ['a\\tb']}", "tags[0]", "must not contain control characters");
    }

    @Test
    void constraintsAreCheckedAndNamedAsTheClientNamedTheField() {
        assertOnly("{'name': '   '}", "name", "is required");
        assertOnly("{}", "name", "is required");
        assertOnly("{'name': 'Ann', 'score': 11}", "score", "must be at most 10");
        assertOnly("{'name': 'Ann', 'tags': ['abcd']}", "tags[0]", "must be at most 3 characters");
        assertOnly(
                "{'name': 'Ann', 'target': {'segmentId': '123456'}}",
                "target.segmentId",
                "must be at most 5 characters");
        assertEquals(
                List.of(new Violation("kind", "is required")),
                assertThrows(InvalidInputException.class, () -> RequestReader.read(json("{}"), Required.class))
                        .violations());
    }

    @Test
    void aLengthCountsCharactersAsAPersonDoes() {
        assertEquals(
                "😀".repeat(10), read("{'name': '" + "😀".repeat(10) + "'}").name(), "ten emoji are ten characters");
        assertOnly("{'name': '" + "长".repeat(11) + "'}", "name", "must be at most 10 characters");
        assertEquals(
                "x".repeat(20),
                read("{'name': 'Ann', 'text': '  " + "x".repeat(20) + "  '}").text(),
                "a text is measured once cleaned");
    }

    @Test
    void aTextIsCleanedOnlyWhereDeclared() {
        assertEquals(
                " a\r\nb ",
                RequestReader.read(json("{'text': ' a\\r\\nb '}"), Raw.class).text());
        assertEquals("a\nb", read("{'name': 'Ann', 'text': ' a\\r\\nb '}").text());
    }

    @Test
    void valuesOfTheWrongNameTypeOrKindComeFirstAllAtOnceThenEveryBrokenRule() {
        List<Violation> shapes = violations("{'name': 1, 'tags': {}, 'kind': '?', 'x': 0, 'score': 99}");
        assertEquals(
                List.of("x", "name", "kind", "tags"),
                shapes.stream().map(Violation::field).toList(),
                shapes::toString);
        List<Violation> rules = violations("{'name': '', 'score': 99, 'tags': ['abcd']}");
        assertEquals(
                List.of("name", "score", "tags[0]"),
                rules.stream().map(Violation::field).toList(),
                rules::toString);
    }

    @Test
    void aMergePatchReplacesRemovesAndKeeps() {
        Sample current = read("{'name': 'Ann', 'text': 'old', 'score': 3, 'tags': ['a']}");
        Sample changed = MergePatch.of(json("{'text': 'new', 'score': null}"), Sample.class)
                .applyTo(current);
        assertEquals("Ann", changed.name());
        assertEquals("new", changed.text());
        assertNull(changed.score());
        assertEquals(List.of("a"), changed.tags());
    }

    @Test
    void aMergePatchIsCheckedWhenItArrivesAndItsResultWhole() {
        InvalidInputException names = assertThrows(
                InvalidInputException.class,
                () -> MergePatch.of(json("{'id': '1', 'nope': null, 'score': '9'}"), Sample.class));
        assertEquals(
                List.of(
                        new Violation("id", "is read-only"),
                        new Violation("nope", "is not a field of this resource"),
                        new Violation("score", "must be a whole number")),
                names.violations());
        Sample current = read("{'name': 'Ann'}");
        MergePatch<Sample> removeName = MergePatch.of(json("{'name': null}"), Sample.class);
        assertTrue(removeName.sends("name"));
        assertEquals(
                List.of(new Violation("name", "is required")),
                assertThrows(InvalidInputException.class, () -> removeName.applyTo(current))
                        .violations());
    }

    @Test
    void aRequestWrittenBackReadsTheSame() {
        Sample s =
                read("{'name': 'Ann', 'text': 'a\\nb', 'active': false, 'score': 0, 'amount': '1.50', 'kind': 'PERSON',"
                        + " 'birthday': '2000-02-29', 'at': '2026-01-01T00:00:00Z', 'tags': ['x'], 'consents': {'SMS': false},"
                        + " 'rules': {'r': 1}, 'target': {'everyone': true}}");
        assertEquals(s, RequestReader.read(RequestReader.write(s), Sample.class));
    }
}
