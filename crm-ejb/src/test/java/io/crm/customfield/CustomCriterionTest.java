package io.crm.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.TestKeys;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomCriterionTest {

    private static final CustomFieldSet FIELDS = CustomValuesTest.FIELDS;

    private static List<String> refusedFields(Map<String, List<String>> query) {
        return assertThrows(InvalidInputException.class, () -> CustomCriterion.parse(query)).violations().stream()
                .map(Violation::field)
                .toList();
    }

    @Test
    void equalityListsAndRangesAreReadFromTheQueryStringOtherParametersLeftAlone() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("tier", List.of("VIP"));
        query.put("custom.colour", List.of("red,blue", "green"));
        query.put("custom.shoe_size.gte", List.of("40"));
        query.put("custom.shoe_size.lte", List.of("44"));
        query.put("custom.joined.gte", List.of("2024-01-01"));
        List<CustomCriterion> criteria = CustomCriterion.parse(query);
        assertEquals(
                List.of(
                        new CustomCriterion("colour", List.of("red", "blue", "green"), null, null),
                        new CustomCriterion("joined", List.of(), "2024-01-01", null),
                        new CustomCriterion("shoe_size", List.of(), "40", "44")),
                criteria);
    }

    @Test
    void badNamesAndEmptyValuesAre400sNamingTheParameter() {
        assertEquals(List.of("custom.Colour"), refusedFields(Map.of("custom.Colour", List.of("red"))));
        assertEquals(List.of("custom.colour"), refusedFields(Map.of("custom.colour", List.of("red,"))));
        assertEquals(List.of("custom.shoe_size.gte"), refusedFields(Map.of("custom.shoe_size.gte", List.of(""))));
        assertEquals(List.of("custom.shoe_size.gte"), refusedFields(Map.of("custom.shoe_size.gte", List.of("1", "2"))));
    }

    @Test
    void equalityBecomesAnExistsOverTheStoredTexts() {
        JpqlCondition c = new CustomCriterion("colour", List.of("red", "blue"), null, null).toCondition(FIELDS, "p_");
        assertTrue(c.jpql().startsWith("EXISTS (SELECT v.id FROM CustomValueRow v WHERE v.customerId = c.id"));
        assertTrue(c.jpql().contains("v.textValue IN :p_in"));
        assertEquals(List.of("red", "blue"), c.parameters().get("p_in"));
        assertEquals("colour", c.parameters().get("p_k"));
        JpqlCondition n = new CustomCriterion("credit", List.of("99.50"), null, null).toCondition(FIELDS, "p_");
        assertEquals(List.of("99.5"), n.parameters().get("p_in"), "matched in the form it is stored");
    }

    @Test
    void rangesAreTypedByTheField() {
        JpqlCondition n = new CustomCriterion("shoe_size", List.of(), "40", "44.5").toCondition(FIELDS, "p_");
        assertTrue(n.jpql().contains("v.numberValue >= :p_gte AND v.numberValue <= :p_lte"));
        assertEquals(new BigDecimal("40"), n.parameters().get("p_gte"));
        assertEquals(new BigDecimal("44.5"), n.parameters().get("p_lte"));
        JpqlCondition d = new CustomCriterion("joined", List.of(), "2024-01-01", null).toCondition(FIELDS, "p_");
        assertTrue(d.jpql().contains("v.dateValue >= :p_gte"));
        assertEquals(LocalDate.of(2024, 1, 1), d.parameters().get("p_gte"));
    }

    @Test
    void valuesAFieldCannotHoldAndRangesWithoutOrderAreRefused() {
        List<String> refused = List.of(
                        new CustomCriterion("colour", List.of("purple"), null, null),
                        new CustomCriterion("vip", List.of("maybe"), null, null),
                        new CustomCriterion("colour", List.of(), "a", null),
                        new CustomCriterion("id_card", List.of(), "1", null),
                        new CustomCriterion("joined", List.of(), "yesterday", null),
                        new CustomCriterion("unknown", List.of("x"), null, null))
                .stream()
                .map(c -> assertThrows(InvalidInputException.class, () -> c.toCondition(FIELDS, "p_"))
                        .violations()
                        .get(0)
                        .field())
                .toList();
        assertEquals(
                List.of(
                        "custom.colour",
                        "custom.vip",
                        "custom.colour",
                        "custom.id_card",
                        "custom.joined.gte",
                        "custom.unknown"),
                refused);
    }

    @Test
    void aPersonalFieldIsMatchedOnItsBlindIndexNeverInClear() {
        TestKeys.install();
        JpqlCondition c = new CustomCriterion("id_card", List.of("X1"), null, null).toCondition(FIELDS, "p_");
        CustomFieldDefinition idCard = FIELDS.get("id_card").orElseThrow();
        assertEquals(
                List.of(CustomValues.matchText(idCard, "X1", TestKeys.RING)),
                c.parameters().get("p_in"));
    }
}
