package io.crm.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String text) {
        return JsonBodyReader.parse(utf8(text));
    }

    /** The one violation of the body, whose message must contain the given words. */
    private static Violation refused(byte[] body, String messagePart) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonBodyReader.parse(body));
        assertEquals(1, e.violations().size(), e.violations()::toString);
        Violation v = e.violations().get(0);
        assertEquals("body", v.field());
        assertTrue(v.message().contains(messagePart), v.message());
        return v;
    }

    private static Violation refused(String body, String messagePart) {
        return refused(utf8(body), messagePart);
    }

    /** A JSON object padded with trailing spaces to exactly the given number of bytes. */
    private static byte[] objectOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] start = utf8("{\"note\":\"");
        System.arraycopy(start, 0, body, 0, start.length);
        Arrays.fill(body, start.length, size - 10, (byte) 'x');
        body[size - 10] = '"';
        body[size - 9] = '}';
        return body;
    }

    @Test
    void objectIsParsed() {
        JsonObject object = parse("{\"name\": \"Jean-Luc\", \"phones\": [\"+8613800138000\"], \"active\": true}");

        assertEquals("Jean-Luc", object.getString("name"));
        assertEquals("+8613800138000", object.getJsonArray("phones").getString(0));
        assertTrue(object.getBoolean("active"));
    }

    @Test
    void chineseTextRoundTrips() {
        JsonObject object = parse("{\"name\":\"欧阳·娜娜\",\"city\":\"深圳\",\"note\":\"𠮷野家 😀\"}");

        assertEquals("欧阳·娜娜", object.getString("name"));
        assertEquals("深圳", object.getString("city"));
        assertEquals("𠮷野家 😀", object.getString("note"));
    }

    @Test
    void escapedUnicodeIsDecoded() {
        assertEquals("张伟", parse("{\"name\":\"\\u5f20\\u4f1f\"}").getString("name"));
    }

    @Test
    void bodyOfExactlyOneMebibyteIsAccepted() {
        JsonObject object = JsonBodyReader.parse(objectOfSize(JsonBodyReader.MAX_BYTES));

        assertEquals(JsonBodyReader.MAX_BYTES - 19, object.getString("note").length());
    }

    @Test
    void bodyOverOneMebibyteIsRefusedWith413() {
        WebApplicationException e = assertThrows(
                WebApplicationException.class, () -> JsonBodyReader.parse(objectOfSize(JsonBodyReader.MAX_BYTES + 1)));

        assertEquals(413, e.getResponse().getStatus());
    }

    @Test
    void emptyBodyIsRefused() {
        refused(new byte[0], "a JSON object is required");
    }

    @Test
    void blankBodyIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("  \n "));

        assertEquals("body", e.violations().get(0).field());
    }

    @Test
    void invalidUtf8IsRefused() {
        refused(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}, "not valid UTF-8");
    }

    @Test
    void latin1EncodedTextIsRefusedAsInvalidUtf8() {
        refused("{\"name\":\"Siobhán\"}".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8");
    }

    @Test
    void overlongEncodingAndEncodedSurrogatesAreRefused() {
        refused(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'}, "not valid UTF-8");
        refused(
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'},
                "not valid UTF-8");
    }

    @Test
    void truncatedMultiByteCharacterIsRefused() {
        byte[] chinese = utf8("{\"a\":\"张");
        byte[] truncated = Arrays.copyOf(chinese, chinese.length - 1);

        refused(truncated, "not valid UTF-8");
    }

    @Test
    void arrayInsteadOfObjectIsRefused() {
        refused("[{\"name\":\"张伟\"}]", "must be a JSON object");
    }

    @Test
    void scalarInsteadOfObjectIsRefused() {
        for (String scalar : List.of("42", "\"text\"", "true", "null")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(scalar), scalar);
            assertEquals("body", e.violations().get(0).field(), scalar);
        }
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        Violation v = refused("{\"name\": }", "is not well-formed JSON");

        assertTrue(v.message().contains("line 1"), v.message());
    }

    @Test
    void otherMalformedBodiesAreRefused() {
        for (String bad : List.of(
                "{\"name\"}",
                "{\"name\": \"张伟\",}",
                "{name: \"x\"}",
                "{'name': 'x'}",
                "{\"a\": tru}",
                "{\"a\": 01}",
                "{\"a\": \"unterminated}")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(bad), bad);
            assertEquals("body", e.violations().get(0).field(), bad);
            assertTrue(e.violations().get(0).message().contains("well-formed"), bad + " -> " + e.getMessage());
        }
    }

    /** An object that is never closed once made the trailing-content check spin forever; the timeout guards that. */
    @Test
    void truncatedObjectIsRefusedPromptly() {
        for (String truncated : List.of("{", "{\"a\":1", "{\"a\":[1", "{\"a\":{\"b\":1}")) {
            InvalidInputException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(2),
                    () -> assertThrows(InvalidInputException.class, () -> parse(truncated)),
                    truncated);
            assertEquals("body", e.violations().get(0).field(), truncated);
        }
    }

    @Test
    void deeplyNestedBodyIsRefusedAsInput() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(deep));

        assertEquals("body", e.violations().get(0).field());
    }

    @Test
    void duplicateKeysAreRefused() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> parse("{\"name\":\"张伟\",\"name\":\"李娜\"}"));

        assertEquals("body", e.violations().get(0).field());
    }

    @Test
    void duplicateKeysInNestedObjectsAreRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> parse("{\"consents\":{\"EMAIL\":true,\"EMAIL\":false}}"));

        assertEquals("body", e.violations().get(0).field());
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        refused("{\"name\":\"张伟\"} {\"name\":\"李娜\"}", "content after the JSON object");
        refused("{\"a\":1}x", "content after the JSON object");
        refused("{\"a\":{\"b\":[1,2]}}}", "content after the JSON object");
        refused("{\"a\":1}\n[]", "content after the JSON object");
    }

    @Test
    void contentAfterAnObjectWithWideCharactersIsRefused() {
        refused("{\"note\":\"😀𠮷\"} x", "content after the JSON object");
    }

    @Test
    void trailingWhitespaceIsAccepted() {
        assertEquals(1, parse("{\"a\":1}  \r\n\t ").getInt("a"));
        assertEquals("😀", parse("{\"a\":\"😀\"}\n").getString("a"));
        assertEquals(
                2,
                parse("{\"a\":{\"b\":[1,2]}}\n")
                        .getJsonObject("a")
                        .getJsonArray("b")
                        .size());
    }

    @Test
    void leadingWhitespaceIsAccepted() {
        assertEquals(1, parse(" \n\t{\"a\":1}").getInt("a"));
    }

    @Test
    void controlCharactersAnywhereInTheBodyAreRefusedWhereTheyAre() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> parse("{\"name\": \"nul\\u0000\", \"rules\": {\"in\": [\"ok\", \"\\u001f\"]}, \"k\\u0007\": 1}"));
        assertEquals(
                List.of("name", "rules.in[1]", "k\u0007"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void lineBreaksAndTabsAreLeftToTheFieldsThatTakeThem() {
        assertEquals("a\r\n\tb", parse("{\"text\": \"a\\r\\n\\tb\"}").getString("text"));
    }
}
