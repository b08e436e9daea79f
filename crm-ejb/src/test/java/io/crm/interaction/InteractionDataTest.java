package io.crm.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionDataTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aReportWithinTheRulesIsNormalized() {
        InteractionData d = InteractionData.validate(
                7,
                "PAGE_VIEW",
                NOW.minusSeconds(60),
                "  web ",
                Json.createObjectBuilder().add("page", "/sale").build(),
                " ",
                InteractionTypes.DEFAULT,
                NOW);
        assertEquals("web", d.channel());
        assertNull(d.externalId(), "a blank externalId is none");
        assertEquals("{\"page\":\"/sale\"}", d.properties());
        assertEquals(NOW.minusSeconds(60), d.occurredAt().toInstant());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        String big = "x".repeat(InteractionData.MAX_PROPERTIES);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> InteractionData.validate(
                        7,
                        "COUPON_SCANNED",
                        NOW.plus(Duration.ofMinutes(6)),
                        "c".repeat(InteractionData.MAX_CHANNEL + 1),
                        Json.createObjectBuilder().add("a", big).build(),
                        "e".repeat(InteractionData.MAX_EXTERNAL_ID + 1),
                        InteractionTypes.DEFAULT,
                        NOW));
        assertEquals(
                List.of("type", "occurredAt", "channel", "externalId", "properties"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aClockAFewMinutesAheadIsAcceptedButNotYearsBehind() {
        InteractionData.validate(
                1, "APP_LOGIN", NOW.plus(Duration.ofMinutes(4)), null, null, null, InteractionTypes.DEFAULT, NOW);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> InteractionData.validate(
                        1,
                        "APP_LOGIN",
                        NOW.minus(Duration.ofDays(1200)),
                        null,
                        null,
                        null,
                        InteractionTypes.DEFAULT,
                        NOW));
        assertEquals("occurredAt", e.violations().get(0).field());
    }

    @Test
    void theConfiguredTypesReplaceTheDefaultsAndIllFormedNamesAreLeftOut() {
        assertEquals(InteractionTypes.DEFAULT, InteractionTypes.parse(null));
        assertEquals(InteractionTypes.DEFAULT, InteractionTypes.parse(" , lower"));
        assertEquals(List.of("COUPON_SCANNED", "PAGE_VIEW"), InteractionTypes.parse("COUPON_SCANNED, PAGE_VIEW,page"));
    }
}
