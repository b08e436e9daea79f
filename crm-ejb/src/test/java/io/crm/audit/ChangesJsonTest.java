package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesJsonTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static JsonObject parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void writesEachFieldWithBeforeAndAfter() {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("name", new Change("张伟", "李娜"));
        changes.put("tags", new Change(List.of(), List.of("vip", "east")));
        changes.put("consents.SMS", new Change(null, false));

        assertEquals(
                "{\"name\":{\"before\":\"张伟\",\"after\":\"李娜\"},"
                        + "\"tags\":{\"before\":[],\"after\":[\"vip\",\"east\"]},"
                        + "\"consents.SMS\":{\"before\":null,\"after\":false}}",
                Changes.toJson(changes));
    }

    @Test
    void roundTripKeepsFieldsOrderAndValues() {
        Map<String, Change> changes = Changes.between(
                TestCustomer.complete().data(),
                TestCustomer.complete().name("王芳").tags("a", "b").city(null).data());

        JsonObject json = parse(Changes.toJson(changes));

        assertEquals(List.of("name", "city", "tags"), List.copyOf(json.keySet()));
        assertEquals("张伟", json.getJsonObject("name").getString("before"));
        assertEquals("王芳", json.getJsonObject("name").getString("after"));
        assertEquals("上海", json.getJsonObject("city").getString("before"));
        assertEquals(JsonValue.NULL, json.getJsonObject("city").get("after"));
        assertEquals(
                List.of("vip-event-2026"),
                json.getJsonObject("tags").getJsonArray("before").getValuesAs(JsonString::getString));
        assertEquals(
                List.of("a", "b"),
                json.getJsonObject("tags").getJsonArray("after").getValuesAs(JsonString::getString));
    }

    @Test
    void escapesQuotesAndBackslashesAndKeepsChinese() {
        String name = "张\"伟\\ 'O\u2019Brien'\n";
        String text =
                Changes.toJson(Changes.between(null, TestCustomer.named(name).data()));

        assertTrue(text.contains("张\\\"伟\\\\"), text);
        assertTrue(text.contains("\\n"), text);
        assertFalse(text.contains("\n"), text);
        assertEquals(name, parse(text).getJsonObject("name").getString("after"));
        assertEquals(JsonValue.NULL, parse(text).getJsonObject("name").get("before"));
    }

    @Test
    void numbersAndBooleansStayJsonValues() {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("amount", new Change(new BigDecimal("99.50"), 100L));
        changes.put("consents.EMAIL", new Change(true, false));

        JsonObject json = parse(Changes.toJson(changes));

        assertEquals(
                new BigDecimal("99.50"),
                json.getJsonObject("amount").getJsonNumber("before").bigDecimalValue());
        assertEquals(100L, json.getJsonObject("amount").getJsonNumber("after").longValue());
        assertEquals(JsonValue.TRUE, json.getJsonObject("consents.EMAIL").get("before"));
        assertEquals(JsonValue.FALSE, json.getJsonObject("consents.EMAIL").get("after"));
    }

    @Test
    void noChangeIsAnEmptyObject() {
        assertEquals("{}", Changes.toJson(Map.of()));
    }

    @Test
    void aLongTextIsCutAfterTheLimitCountedInCharacters() {
        String emoji = "😀".repeat(Changes.MAX_TEXT_LENGTH + 5);
        JsonObject json = parse(Changes.toJson(Map.of("text", new Change(null, emoji))));

        String kept = json.getJsonObject("text").getString("after");
        assertEquals(Changes.MAX_TEXT_LENGTH + 1, kept.codePointCount(0, kept.length()));
        assertTrue(kept.endsWith("😀…"));
    }
}
