package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseDataTest {

    private static final Instant NOW = Instant.parse("2025-06-15T08:00:00Z");
    private static final Instant AN_HOUR_AGO = NOW.minus(Duration.ofHours(1));

    private static PurchaseData cny(String amount) {
        return PurchaseData.validate(new BigDecimal(amount), "CNY", AN_HOUR_AGO, null, "CNY", NOW);
    }

    private static List<Violation> violations(
            BigDecimal amount, String currency, Instant occurredAt, String externalId) {
        return assertThrows(
                        InvalidInputException.class,
                        () -> PurchaseData.validate(amount, currency, occurredAt, externalId, "CNY", NOW))
                .violations();
    }

    private static void assertOnlyViolation(List<Violation> violations, String field, String messagePart) {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.get(0).field());
        assertTrue(violations.get(0).message().contains(messagePart), violations::toString);
    }

    @Test
    void validPurchaseIsReturnedWithTheAmountScaledToTheCurrency() {
        PurchaseData data =
                PurchaseData.validate(new BigDecimal("99.5"), "CNY", AN_HOUR_AGO, " order-2025-001 ", "CNY", NOW);

        assertEquals(new BigDecimal("99.50"), data.amount());
        assertEquals(2, data.amount().scale());
        assertEquals("CNY", data.currency());
        assertEquals(OffsetDateTime.of(2025, 6, 15, 7, 0, 0, 0, ZoneOffset.UTC), data.occurredAt());
        assertEquals("order-2025-001", data.externalId());
    }

    @Test
    void wholeAmountsAndTrailingZerosAreScaledToTwoDecimals() {
        assertEquals(new BigDecimal("100.00"), cny("100").amount());
        assertEquals(new BigDecimal("99.50"), cny("99.500").amount());
        assertEquals(new BigDecimal("0.01"), cny("0.01").amount());
    }

    @Test
    void threeDecimalsAreRefusedForCny() {
        assertOnlyViolation(
                violations(new BigDecimal("99.999"), "CNY", AN_HOUR_AGO, null),
                "amount",
                "more than 2 decimals for CNY");
    }

    @Test
    void currencyWithoutDecimalsRefusesFractions() {
        PurchaseData yen = PurchaseData.validate(new BigDecimal("1500"), "JPY", AN_HOUR_AGO, null, "JPY", NOW);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> PurchaseData.validate(new BigDecimal("1.5"), "JPY", AN_HOUR_AGO, null, "JPY", NOW));

        assertEquals(new BigDecimal("1500"), yen.amount());
        assertOnlyViolation(e.violations(), "amount", "more than 0 decimals for JPY");
    }

    @Test
    void amountMustBePositive() {
        assertOnlyViolation(violations(BigDecimal.ZERO, "CNY", AN_HOUR_AGO, null), "amount", "greater than 0");
        assertOnlyViolation(violations(new BigDecimal("-0.01"), "CNY", AN_HOUR_AGO, null), "amount", "greater than 0");
    }

    @Test
    void amountMustStayBelowTheMaximum() {
        assertEquals(new BigDecimal("999999999999.99"), cny("999999999999.99").amount());
        assertOnlyViolation(
                violations(new BigDecimal("1000000000000"), "CNY", AN_HOUR_AGO, null),
                "amount",
                "less than 1000000000000");
    }

    @Test
    void otherCurrencyIsRefused() {
        assertOnlyViolation(violations(new BigDecimal("10"), "USD", AN_HOUR_AGO, null), "currency", "must be CNY");
        assertOnlyViolation(violations(new BigDecimal("10"), "cny", AN_HOUR_AGO, null), "currency", "must be CNY");
    }

    @Test
    void occurredAtUpToFiveMinutesAheadIsToleratedAsClockSkew() {
        PurchaseData data =
                PurchaseData.validate(BigDecimal.TEN, "CNY", NOW.plus(Duration.ofMinutes(5)), null, "CNY", NOW);

        assertEquals(NOW.plus(Duration.ofMinutes(5)), data.occurredAt().toInstant());
    }

    @Test
    void occurredAtBeyondFiveMinutesInTheFutureIsRefused() {
        assertOnlyViolation(
                violations(
                        BigDecimal.TEN, "CNY", NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), null),
                "occurredAt",
                "must not lie in the future");
    }

    @Test
    void occurredAtBefore1970OrAtTheEndsOfJavaIsRefused() {
        for (Instant time : new Instant[] {
            Instant.parse("1969-12-31T23:59:59Z"),
            Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("-290000-01-01T00:00:00Z"),
            Instant.MIN
        }) {
            assertOnlyViolation(
                    violations(BigDecimal.TEN, "CNY", time, null),
                    "occurredAt",
                    "must not lie before 1970-01-01T00:00:00Z");
        }
        assertOnlyViolation(
                violations(BigDecimal.TEN, "CNY", Instant.MAX, null), "occurredAt", "must not lie in the future");
        assertEquals(
                Instant.EPOCH,
                PurchaseData.validate(BigDecimal.TEN, "CNY", Instant.EPOCH, null, "CNY", NOW)
                        .occurredAt()
                        .toInstant());
    }

    @Test
    void occurredAtIsKeptToTheMicrosecondInUtc() {
        Instant precise = Instant.parse("2025-06-15T07:59:59.123456789Z");

        PurchaseData data = PurchaseData.validate(BigDecimal.TEN, "CNY", precise, null, "CNY", NOW);

        assertEquals(OffsetDateTime.parse("2025-06-15T07:59:59.123456Z"), data.occurredAt());
        assertEquals(ZoneOffset.UTC, data.occurredAt().getOffset());
    }

    @Test
    void missingFieldsAreAllReported() {
        List<Violation> violations = violations(null, null, null, null);

        assertEquals(
                List.of(
                        new Violation("amount", "is required"),
                        new Violation("currency", "is required"),
                        new Violation("occurredAt", "is required")),
                violations);
    }

    @Test
    void externalIdMayCarryLettersDigitsAndSomePunctuation() {
        PurchaseData data =
                PurchaseData.validate(BigDecimal.TEN, "CNY", AN_HOUR_AGO, "淘宝:order/2025#17_a.b-c", "CNY", NOW);

        assertEquals("淘宝:order/2025#17_a.b-c", data.externalId());
    }

    @Test
    void blankExternalIdIsStoredAsNull() {
        assertNull(PurchaseData.validate(BigDecimal.TEN, "CNY", AN_HOUR_AGO, "   ", "CNY", NOW)
                .externalId());
    }

    @Test
    void externalIdBreakingThePatternIsRefused() {
        for (String bad : List.of("order 1", "order;1", "x".repeat(101), "<script>")) {
            assertOnlyViolation(violations(BigDecimal.TEN, "CNY", AN_HOUR_AGO, bad), "externalId", "1-100");
        }
    }
}
