package io.crm.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.TestKeys;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomValuesTest {

    static final CustomFieldSet FIELDS = CustomFieldSet.of(List.of(
            field("nickname", CustomFieldType.STRING, List.of(), false, false, false),
            field("shoe_size", CustomFieldType.NUMBER, List.of(), false, false, false),
            field("credit", CustomFieldType.DECIMAL, List.of(), false, false, false),
            field("vip", CustomFieldType.BOOLEAN, List.of(), false, false, false),
            field("joined", CustomFieldType.DATE, List.of(), false, false, false),
            field("colour", CustomFieldType.ENUM, List.of("red", "green", "blue"), false, false, false),
            field("hobbies", CustomFieldType.MULTI_ENUM, List.of("golf", "tea", "chess"), false, false, false),
            field("member_no", CustomFieldType.STRING, List.of(), true, false, true),
            field("id_card", CustomFieldType.STRING, List.of(), false, true, true)));

    static CustomFieldDefinition field(
            String key, CustomFieldType type, List<String> values, boolean required, boolean personal, boolean unique) {
        return new CustomFieldDefinition(key, key, type, values, required, personal, unique);
    }

    private static Map<String, Object> valid(Map<String, Object> raw) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> typed = CustomValues.validate(raw, Map.of("member_no", "M1"), FIELDS, violations);
        assertEquals(List.of(), violations);
        return typed;
    }

    private static List<Violation> refused(Map<String, Object> raw, Map<String, Object> before) {
        List<Violation> violations = new ArrayList<>();
        CustomValues.validate(raw, before, FIELDS, violations);
        return violations;
    }

    @Test
    void everyTypeIsReadIntoItsJavaForm() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("nickname", "  小张 ");
        raw.put("shoe_size", new BigDecimal("42"));
        raw.put("credit", new BigDecimal("99.500"));
        raw.put("vip", true);
        raw.put("joined", "2024-02-29");
        raw.put("colour", "blue");
        raw.put("hobbies", List.of("tea", "golf", "tea"));
        raw.put("member_no", "M1");
        Map<String, Object> typed = valid(raw);
        assertEquals("小张", typed.get("nickname"));
        assertEquals(42L, typed.get("shoe_size"));
        assertEquals(new BigDecimal("99.5"), typed.get("credit"));
        assertEquals(Boolean.TRUE, typed.get("vip"));
        assertEquals(LocalDate.of(2024, 2, 29), typed.get("joined"));
        assertEquals("blue", typed.get("colour"));
        assertEquals(List.of("golf", "tea"), typed.get("hobbies"), "in the field's order, once each");
    }

    @Test
    void numbersAndBooleansMayComeAsTextAsACsvCellHoldsThem() {
        Map<String, Object> typed = valid(
                Map.of("shoe_size", "42", "credit", "1e2", "vip", "false", "hobbies", "chess", "member_no", "M1"));
        assertEquals(42L, typed.get("shoe_size"));
        assertEquals(new BigDecimal("100"), typed.get("credit"));
        assertEquals(Boolean.FALSE, typed.get("vip"));
        assertEquals(List.of("chess"), typed.get("hobbies"));
    }

    @Test
    void wrongTypesUnknownKeysAndValuesOutsideTheEnumAreRefusedByField() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("nickname", new BigDecimal("12"));
        raw.put("shoe_size", new BigDecimal("42.5"));
        raw.put("credit", "lots");
        raw.put("vip", "yes");
        raw.put("joined", "2023-02-29");
        raw.put("colour", "purple");
        raw.put("hobbies", List.of("golf", "darts"));
        raw.put("favourite", "x");
        List<Violation> violations = refused(raw, Map.of("member_no", "M1"));
        List<String> fields = violations.stream().map(Violation::field).toList();
        assertEquals(
                List.of(
                        "custom.nickname",
                        "custom.shoe_size",
                        "custom.credit",
                        "custom.vip",
                        "custom.joined",
                        "custom.colour",
                        "custom.hobbies[1]",
                        "custom.favourite",
                        "custom.member_no"),
                fields);
    }

    @Test
    void aRequiredFieldIsNeededOnCreateAndMayNotBeRemovedOnceSet() {
        assertEquals(
                List.of(new Violation("custom.member_no", "is required")),
                refused(Map.of("nickname", "x"), null),
                "create");
        assertEquals(
                List.of(new Violation("custom.member_no", "is required")),
                refused(Map.of(), Map.of("member_no", "M1")));
        assertEquals(List.of(), refused(Map.of("nickname", "x"), Map.of()), "a customer from before it was required");
    }

    @Test
    void limitsOnTextsAndDecimals() {
        assertEquals(
                1,
                refused(Map.of("nickname", "x".repeat(501), "member_no", "M"), null)
                        .size());
        assertEquals(
                1,
                refused(Map.of("credit", new BigDecimal("1.00000000001"), "member_no", "M"), null)
                        .size());
        assertEquals(
                1,
                refused(Map.of("shoe_size", new BigDecimal("1e19"), "member_no", "M"), null)
                        .size());
    }

    @Test
    void personalValuesAreMaskedKeepingAHintAndOnlyForCallersWithoutPersonalData() {
        Map<String, Object> typed = Map.of("id_card", "110101199003077777", "colour", "red");
        assertEquals(Map.of("id_card", "1***", "colour", "red"), CustomValues.shown(typed, FIELDS, false));
        assertEquals(typed, CustomValues.shown(typed, FIELDS, true));
        assertEquals(CustomValues.MASKED_DATE, CustomValues.masked(LocalDate.of(2020, 1, 1)));
        assertEquals(CustomValues.MASKED, CustomValues.masked(42L));
    }

    @Test
    void valuesOfFieldsNoLongerDefinedAreNotShown() {
        assertEquals(Map.of(), CustomValues.shown(Map.of("gone", "x"), FIELDS, true));
    }

    @Test
    void storedTextsRoundTripForEveryType() {
        Map<String, Object> typed = valid(Map.of(
                "shoe_size",
                42L,
                "credit",
                new BigDecimal("0.10"),
                "joined",
                "2020-01-31",
                "hobbies",
                List.of("chess", "golf"),
                "member_no",
                "M1"));
        typed.forEach((key, value) -> assertEquals(
                value, CustomValues.fromTexts(FIELDS.get(key).orElseThrow(), CustomValues.texts(value)), key));
        assertEquals(List.of("0.1"), CustomValues.texts(new BigDecimal("0.1")));
    }

    @Test
    void aPersonalFieldIsMatchedOnAKeyedBlindIndexPerField() {
        TestKeys.install();
        CustomFieldDefinition idCard = FIELDS.get("id_card").orElseThrow();
        CustomFieldDefinition other = field("passport", CustomFieldType.STRING, List.of(), false, true, false);
        String match = CustomValues.matchText(idCard, "X1", TestKeys.RING);
        assertNotEquals("X1", match);
        assertEquals(match, CustomValues.matchText(idCard, "X1", TestKeys.RING));
        assertNotEquals(match, CustomValues.matchText(other, "X1", TestKeys.RING), "another field, another key");
        assertEquals("X1", CustomValues.matchText(FIELDS.get("nickname").orElseThrow(), "X1", TestKeys.RING));
    }

    @Test
    void definitionsAreCheckedWhole() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CustomFieldDefinition.validate("Bad-Key", " ", "text", List.of("a"), null, null, true));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("key", "label", "type"), fields);
        InvalidInputException en = assertThrows(
                InvalidInputException.class,
                () -> CustomFieldDefinition.validate(
                        "tags2", "T", "multi-enum", List.of("a", "a", "b,c"), null, null, true));
        assertEquals(
                List.of("values[1]", "values[2]", "unique"),
                en.violations().stream().map(Violation::field).toList());
        CustomFieldDefinition ok = CustomFieldDefinition.validate("size", " Size ", "number", null, true, null, null);
        assertEquals(
                new CustomFieldDefinition("size", "Size", CustomFieldType.NUMBER, List.of(), true, false, false), ok);
        assertTrue(assertThrows(
                        InvalidInputException.class,
                        () -> CustomFieldDefinition.validate("e", "E", "enum", List.of(), null, null, null))
                .violations()
                .get(0)
                .field()
                .equals("values"));
        assertEquals(
                "values",
                assertThrows(
                                InvalidInputException.class,
                                () -> CustomFieldDefinition.validate(
                                        "s", "S", "string", List.of("x"), null, null, null))
                        .violations()
                        .get(0)
                        .field());
    }
}
