package io.crm.batch.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customerimport.BlankCells;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void headersNamedAsFieldsMapByThemselvesInAnyCase() {
        ColumnMapping m =
                ColumnMapping.of(List.of("Name", "phones", "EMAILS", "tags", "externalId"), Map.of(), Map.of());
        JsonObject json = m.customer(List.of(" 张伟 ", "+8613800138000; +8613900139000", "a@x.cn", "vip;;new ", "E-1"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "张伟")
                        .add("externalId", "E-1")
                        .add(
                                "phones",
                                Json.createArrayBuilder().add("+8613800138000").add("+8613900139000"))
                        .add("emails", Json.createArrayBuilder().add("a@x.cn"))
                        .add("tags", Json.createArrayBuilder().add("vip").add("new"))
                        .build(),
                json);
    }

    @Test
    void addressesAreAJsonArrayInTheirCellAndInterestsAListLikeTags() {
        ColumnMapping m = ColumnMapping.of(List.of("name", "addresses", "interests"), Map.of(), Map.of());
        String home = "{\"kind\": \"HOME\", \"country\": \"CN\", \"city\": \"上海市\", \"street\": \"世纪大道100号; 2楼\"}";

        JsonObject several =
                m.customer(List.of("张伟", "[" + home + ", {\"country\": \"GB\", \"city\": \"London\"}]", "golf; 茶艺"));
        JsonObject one = m.customer(List.of("张伟", home, ""));

        assertEquals(2, several.getJsonArray("addresses").size());
        assertEquals(
                "世纪大道100号; 2楼",
                several.getJsonArray("addresses").getJsonObject(0).getString("street"));
        assertEquals(Json.createArrayBuilder().add("golf").add("茶艺").build(), several.getJsonArray("interests"));
        assertEquals(
                Json.createArrayBuilder()
                        .add(Json.createReader(new java.io.StringReader(home)).readObject())
                        .build(),
                one.getJsonArray("addresses"),
                "one object is a list of one");
    }

    @Test
    void anAddressCellThatIsNoJsonIsARowError() {
        ColumnMapping m = ColumnMapping.of(List.of("name", "addresses"), Map.of(), Map.of());

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> m.customer(List.of("张伟", "上海市 世纪大道100号")));

        assertEquals("addresses", refused.violations().get(0).field());
        assertTrue(refused.violations().get(0).message().contains("JSON array of addresses"));
    }

    @Test
    void emptyCellsLeaveTheirFieldOut() {
        ColumnMapping m = ColumnMapping.of(List.of("name", "city", "phones"), Map.of(), Map.of());
        assertEquals(Json.createObjectBuilder().add("city", "上海").build(), m.customer(List.of("", "上海", " ; ")));
        assertEquals(Json.createObjectBuilder().add("name", "Li").build(), m.customer(List.of("Li")));
    }

    @Test
    void aMappingNamesOtherColumnsAndNullLeavesOneOut() {
        Map<String, String> explicit = new LinkedHashMap<>();
        explicit.put("姓名", "name");
        explicit.put("手机", "phones");
        explicit.put("办公电话", "phones");
        explicit.put("备注", null);
        ColumnMapping m = ColumnMapping.of(List.of("姓名", "手机", "办公电话", "备注"), explicit, Map.of());
        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "王芳")
                        .add(
                                "phones",
                                Json.createArrayBuilder().add("+8613800138000").add("+862150501234"))
                        .build(),
                m.customer(List.of("王芳", "+8613800138000", "+862150501234", "老客户")));
        Map<String, String> resolved = m.resolved();
        assertEquals("phones", resolved.get("办公电话"));
        assertTrue(resolved.containsKey("备注"));
        assertEquals(null, resolved.get("备注"));
        ColumnMapping again =
                ColumnMapping.stored(List.of("姓名", "手机", "办公电话", "备注"), resolved, Map.of(), BlankCells.KEEP);
        assertEquals(m.customer(List.of("a", "b", "c", "d")), again.customer(List.of("a", "b", "c", "d")));
    }

    @Test
    void unknownColumnsBadMappingsAndTwiceFilledFieldsAreRefusedAllAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ColumnMapping.of(
                        List.of("name", "Name", "Fax", "city"), Map.of("Nope", "name", "city", "shoeSize"), Map.of()));
        List<String> messages = e.violations().stream().map(Violation::message).toList();
        assertEquals(4, e.violations().size(), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.contains("'Fax'") && s.contains("?mapping=")), messages::toString);
        assertTrue(messages.stream().anyMatch(s -> s.contains("both fill name")), messages::toString);
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals("mapping.Nope")), messages::toString);
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals("mapping.city")), messages::toString);
        InvalidInputException custom = assertThrows(
                InvalidInputException.class,
                () -> ColumnMapping.of(List.of("vip"), Map.of("vip", "custom.level"), Map.of()));
        assertTrue(custom.violations().get(0).message().contains("custom field"));
    }

    @Test
    void theErrorFilesReasonColumnIsLeftOut() {
        ColumnMapping m = ColumnMapping.of(List.of("name", "reason"), Map.of(), Map.of());
        assertEquals(Json.createObjectBuilder().add("name", "Li").build(), m.customer(List.of("Li", "phones: bad")));
    }

    @Test
    void consentsAreBooleanColumnsAndAnythingElseGoesToTheReaderAsWritten() {
        ColumnMapping m = ColumnMapping.of(
                List.of("name", "consents.email", "Consents.SMS", "wechat"),
                Map.of("wechat", "consents.WECHAT"),
                Map.of());
        JsonObject json = m.customer(List.of("Li", "true", "否", "maybe"));
        JsonObject consents = json.getJsonObject("consents");
        assertTrue(consents.getBoolean("EMAIL"));
        assertFalse(consents.getBoolean("SMS"));
        assertEquals("maybe", consents.getString("WECHAT"));
        assertThrows(InvalidInputException.class, () -> ColumnMapping.of(List.of("consents.FAX"), Map.of(), Map.of()));
    }

    @Test
    void moreCellsThanColumnsIsARowError() {
        ColumnMapping m = ColumnMapping.of(List.of("name"), Map.of(), Map.of());
        assertEquals("Li", m.customer(List.of("Li", "", " ")).getString("name"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> m.customer(List.of("Li", "x")));
        assertEquals("row", e.violations().get(0).field());
    }

    @Test
    void theMappingParameterIsAJsonObjectOfNamesOrNulls() {
        assertEquals(Map.of(), ColumnMapping.parse(null));
        Map<String, String> parsed = ColumnMapping.parse("{\"手机\": \"phones\", \"x\": null}");
        assertEquals("phones", parsed.get("手机"));
        assertTrue(parsed.containsKey("x"));
        assertThrows(InvalidInputException.class, () -> ColumnMapping.parse("[1]"));
        assertThrows(InvalidInputException.class, () -> ColumnMapping.parse("{\"a\": 1}"));
        assertThrows(InvalidInputException.class, () -> ColumnMapping.parse("{nope"));
    }

    @Test
    void customFieldColumnsFillTheCustomObjectAndAMultiEnumTakesSeveralValues() {
        Map<String, Boolean> custom = Map.of("level", false, "hobbies", true);
        List<String> header = List.of("name", "等级", "Custom.Hobbies");
        ColumnMapping m = ColumnMapping.of(header, Map.of("等级", "custom.level"), custom);
        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "Li")
                        .add(
                                "custom",
                                Json.createObjectBuilder()
                                        .add("level", "3")
                                        .add(
                                                "hobbies",
                                                Json.createArrayBuilder()
                                                        .add("golf")
                                                        .add("tea")))
                        .build(),
                m.customer(List.of("Li", "3", "golf; tea;")));
        ColumnMapping again = ColumnMapping.stored(header, m.resolved(), custom, BlankCells.KEEP);
        assertEquals(m.customer(List.of("Li", "4", "golf")), again.customer(List.of("Li", "4", "golf")));
        assertEquals(
                "4",
                again.customer(List.of("Li", "4", "")).getJsonObject("custom").getString("level"));
    }

    @Test
    void aColumnOrMappingNamingNoDefinedCustomFieldIsRefusedWithTheFieldsThereAre() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ColumnMapping.of(
                        List.of("custom.size", "vip"), Map.of("vip", "custom.tier"), Map.of("level", false)));
        List<String> messages = e.violations().stream().map(Violation::message).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.stream().allMatch(t -> t.contains("custom.level")), messages::toString);
    }

    @Test
    void importsThatClearBlanksSendNullForAnEmptyCellButNeverForAConsent() {
        Map<String, Boolean> custom = Map.of("level", false);
        List<String> header = List.of("name", "occupation", "手机", "办公电话", "tags", "custom.level", "consents.SMS");
        ColumnMapping m = ColumnMapping.of(header, Map.of("手机", "phones", "办公电话", "phones"), custom);
        ColumnMapping clearing = ColumnMapping.stored(header, m.resolved(), custom, BlankCells.CLEAR);
        ColumnMapping keeping = ColumnMapping.stored(header, m.resolved(), custom, BlankCells.KEEP);
        List<String> row = List.of("Li", " ", "", "+8613800138000", "", "", "");

        assertEquals(
                Json.createObjectBuilder()
                        .addNull("occupation")
                        .addNull("tags")
                        .add("name", "Li")
                        .add("phones", Json.createArrayBuilder().add("+8613800138000"))
                        .add("custom", Json.createObjectBuilder().addNull("level"))
                        .build(),
                clearing.customer(row),
                "a list another column fills is kept; the consent is left out");
        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "Li")
                        .add("phones", Json.createArrayBuilder().add("+8613800138000"))
                        .build(),
                keeping.customer(row));
        assertEquals(
                JsonValue.NULL,
                clearing.customer(List.of("Li", "teacher")).get("tags"),
                "cells missing at the end of a short row are empty");
    }
}
