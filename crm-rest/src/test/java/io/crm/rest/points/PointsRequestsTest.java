package io.crm.rest.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customer.Tier;
import io.crm.rest.json.RequestReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointsRequestsTest {

    private static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static List<String> fields(Class<? extends Record> type, String singleQuoted) {
        return assertThrows(InvalidInputException.class, () -> RequestReader.read(json(singleQuoted), type))
                .violations()
                .stream()
                .map(Violation::field)
                .toList();
    }

    @Test
    void aRedemptionNeedsPositivePointsAKeyAndAReward() {
        RedemptionRequest r = RequestReader.read(
                json("{'points': 5, 'idempotencyKey': 'k1', 'reward': 'mug'}"), RedemptionRequest.class);
        assertEquals(5, r.points());
        assertEquals(
                List.of("points"),
                fields(RedemptionRequest.class, "{'points': 0, 'idempotencyKey': 'k', 'reward': 'r'}"));
        assertEquals(
                List.of("points"),
                fields(RedemptionRequest.class, "{'points': '5', 'idempotencyKey': 'k', 'reward': 'r'}"));
        assertEquals(
                List.of("idempotencyKey", "reward"),
                fields(RedemptionRequest.class, "{'points': 5}").stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("idempotencyKey"),
                fields(
                        RedemptionRequest.class,
                        "{'points': 5, 'idempotencyKey': '" + "k".repeat(201) + "', 'reward': 'r'}"));
        assertEquals(
                List.of("balanceAfter"),
                fields(
                        RedemptionRequest.class,
                        "{'points': 5, 'idempotencyKey': 'k', 'reward': 'r', 'balanceAfter': 3}"));
    }

    @Test
    void anAdjustmentNeedsWholePointsAndAReason() {
        assertEquals(
                -5,
                RequestReader.read(json("{'points': -5, 'reason': 'refund'}"), AdjustmentRequest.class)
                        .points());
        assertEquals(List.of("points"), fields(AdjustmentRequest.class, "{'points': 1.5, 'reason': 'x'}"));
        assertEquals(List.of("reason"), fields(AdjustmentRequest.class, "{'points': 1, 'reason': ' '}"));
        assertEquals(
                List.of("reason"),
                fields(AdjustmentRequest.class, "{'points': 1, 'reason': '" + "x".repeat(501) + "'}"));
    }

    @Test
    void rulesNameTheirTiersAndKeepTheirBounds() {
        PointsRulesRequest r = RequestReader.read(
                json("{'effectiveFrom': '2026-03-01', 'pointsPerUnit': '0.5', "
                        + "'tierMultipliers': {'VIP': '2'}, 'firstPurchaseBonus': 100}"),
                PointsRulesRequest.class);
        assertEquals(LocalDate.of(2026, 3, 1), r.effectiveFrom());
        assertEquals(Map.of(Tier.VIP, new BigDecimal("2")), r.tierMultipliers().asMap());
        assertNull(r.dailyCap());
        assertEquals(
                List.of("tierMultipliers.GOLD"),
                fields(
                        PointsRulesRequest.class,
                        "{'effectiveFrom': '2026-03-01', 'pointsPerUnit': '1', 'tierMultipliers': {'GOLD': '2'}}"));
        assertEquals(
                List.of("tierMultipliers.VIP"),
                fields(
                        PointsRulesRequest.class,
                        "{'effectiveFrom': '2026-03-01', 'pointsPerUnit': '1', 'tierMultipliers': {'VIP': '101'}}"));
        assertEquals(
                List.of("dailyCap", "pointsPerUnit"),
                fields(
                                PointsRulesRequest.class,
                                "{'effectiveFrom': '2026-03-01', 'pointsPerUnit': '-1', 'dailyCap': -1}")
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(List.of("effectiveFrom"), fields(PointsRulesRequest.class, "{'pointsPerUnit': '1'}"));
    }
}
