package io.crm.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.customer.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointsRuleTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static PointsRule rule(String perUnit, Map<Tier, BigDecimal> multipliers, long bonus, Long cap) {
        return new PointsRule(
                FROM, new PointsRule.Terms(new BigDecimal(perUnit), multipliers, null, bonus, cap, 0, null));
    }

    @Test
    void pointsPerUnitOfCurrencyRoundDown() {
        PointsRule r = rule("1", Map.of(), 0, null);
        assertEquals(99, r.pointsFor(new BigDecimal("99.99"), Tier.REGULAR, false, false, 0));
        assertEquals(0, r.pointsFor(new BigDecimal("0.99"), Tier.REGULAR, false, false, 0));
        assertEquals(
                24, rule("0.25", Map.of(), 0, null).pointsFor(new BigDecimal("99.99"), Tier.REGULAR, false, false, 0));
    }

    @Test
    void theTiersMultiplierApplies_andAMissingTierCountsOnce() {
        PointsRule r =
                rule("2", Map.of(Tier.VIP, new BigDecimal("1.5"), Tier.IMPORTANT, new BigDecimal("1.25")), 0, null);
        assertEquals(300, r.pointsFor(new BigDecimal("100"), Tier.VIP, false, false, 0));
        assertEquals(250, r.pointsFor(new BigDecimal("100"), Tier.IMPORTANT, false, false, 0));
        assertEquals(200, r.pointsFor(new BigDecimal("100"), Tier.REGULAR, false, false, 0));
        assertEquals(200, r.pointsFor(new BigDecimal("100"), Tier.POTENTIAL, false, false, 0));
        assertEquals(BigDecimal.ONE, r.multiplier(Tier.REGULAR));
    }

    @Test
    void theFirstPurchaseEarnsTheBonusOnTop() {
        PointsRule r = rule("1", Map.of(), 500, null);
        assertEquals(510, r.pointsFor(new BigDecimal("10"), Tier.POTENTIAL, false, true, 0));
        assertEquals(10, r.pointsFor(new BigDecimal("10"), Tier.POTENTIAL, false, false, 0));
    }

    @Test
    void theDailyCapCountsWhatTheDayAlreadyAccrued_bonusIncluded() {
        PointsRule r = rule("1", Map.of(), 50, 100L);
        assertEquals(100, r.pointsFor(new BigDecimal("80"), Tier.REGULAR, false, true, 0));
        assertEquals(30, r.pointsFor(new BigDecimal("80"), Tier.REGULAR, false, false, 70));
        assertEquals(0, r.pointsFor(new BigDecimal("80"), Tier.REGULAR, false, false, 100));
        assertEquals(0, r.pointsFor(new BigDecimal("80"), Tier.REGULAR, false, false, 130));
    }

    @Test
    void anAccrualTooLargeForTheLedgerIsRefusedRatherThanWrapped() {
        PointsRule r = rule("1000000", Map.of(Tier.VIP, new BigDecimal("1000")), 0, null);
        assertThrows(
                ArithmeticException.class,
                () -> r.pointsFor(new BigDecimal("999999999999999"), Tier.VIP, false, false, 0));
    }

    @Test
    void aPurchaseInTheBirthdayMonthEarnsItsMultiple_beforeTheBonusAndTheCap() {
        PointsRule r = new PointsRule(
                FROM,
                new PointsRule.Terms(
                        new BigDecimal("1"),
                        Map.of(Tier.VIP, new BigDecimal("2")),
                        new BigDecimal("1.5"),
                        10,
                        400L,
                        0,
                        null));
        assertEquals(300, r.pointsFor(new BigDecimal("100"), Tier.VIP, true, false, 0));
        assertEquals(310, r.pointsFor(new BigDecimal("100"), Tier.VIP, true, true, 0));
        assertEquals(200, r.pointsFor(new BigDecimal("100"), Tier.VIP, false, false, 0));
        assertEquals(100, r.pointsFor(new BigDecimal("100"), Tier.VIP, true, false, 300));
    }
}
