package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NpsCalculatorTest {

    @Test
    void anEmptyGroupHasNoScoreRatherThanZero() {
        NpsCalculator.Summary nps = NpsCalculator.summarize(SurveyType.NPS, Map.of());
        assertEquals(0, nps.responses());
        assertNull(nps.nps());
        assertNull(NpsCalculator.summarize(SurveyType.CSAT, Map.of()).csat());
        assertNull(NpsCalculator.summarize(SurveyType.CES, Map.of()).cesMean());
        assertNull(NpsCalculator.summarize(SurveyType.NPS, Map.of(9, 0L)).nps(), "a zero count is still no response");
    }

    @Test
    void scoreBoundariesSortRespondentsIntoTheirCategory() {
        for (int score = 0; score <= 10; score++) {
            NpsCalculator.Summary s = NpsCalculator.summarize(SurveyType.NPS, Map.of(score, 1L));
            int expected = score >= 9 ? 100 : score >= 7 ? 0 : -100;
            assertEquals(expected, s.nps(), "score " + score);
            assertEquals(1, s.promoters() + s.passives() + s.detractors());
        }
    }

    @Test
    void allPassivesScoreZeroAndExtremesReachTheBounds() {
        assertEquals(
                0,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(7, 40L, 8, 60L)).nps());
        assertEquals(
                100,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(9, 1L, 10, 999L)).nps());
        assertEquals(
                -100,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(0, 3L, 6, 5L)).nps());
    }

    @Test
    void roundingIsHalfAwayFromZeroOnBothSides() {
        // 1 promoter of 8: 12.5 → 13; 1 detractor of 8: −12.5 → −13
        assertEquals(
                13,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(10, 1L, 8, 7L)).nps());
        assertEquals(
                -13,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(0, 1L, 8, 7L)).nps());
        // 2 promoters, 1 detractor of 3: 33.33 → 33; 2 of 3 promoters: 66.67 → 67
        assertEquals(
                33,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(9, 2L, 3, 1L)).nps());
        assertEquals(
                67,
                NpsCalculator.summarize(SurveyType.NPS, Map.of(9, 2L, 8, 1L)).nps());
        // the example of API.md: 70 promoters, 30 passives, 20 detractors of 120: 41.67 → 42
        NpsCalculator.Summary api = NpsCalculator.summarize(SurveyType.NPS, Map.of(10, 70L, 7, 30L, 2, 20L));
        assertEquals(42, api.nps());
        assertEquals(120, api.responses());
        assertEquals(30, api.passives());
    }

    @Test
    void npsAgreesWithTheDefinitionOnRandomHistograms() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Map<Integer, Long> h = new HashMap<>();
            long p = 0;
            long d = 0;
            long n = 0;
            for (int score = 0; score <= 10; score++) {
                long count = random.nextInt(4) == 0 ? 0 : random.nextInt(50);
                h.put(score, count);
                n += count;
                p += score >= 9 ? count : 0;
                d += score <= 6 ? count : 0;
            }
            Integer nps = NpsCalculator.summarize(SurveyType.NPS, h).nps();
            if (n == 0) {
                assertNull(nps);
                continue;
            }
            double exact = 100.0 * (p - d) / n;
            assertTrue(Math.abs(nps - exact) <= 0.5 + 1e-9, nps + " vs " + exact);
            assertTrue(nps >= -100 && nps <= 100);
        }
    }

    @Test
    void csatCountsFoursAndFives() {
        NpsCalculator.Summary s = NpsCalculator.summarize(SurveyType.CSAT, Map.of(1, 1L, 3, 1L, 4, 2L, 5, 2L));
        assertEquals(4, s.satisfied());
        assertEquals(new BigDecimal("66.7"), s.csat());
        assertNull(s.nps());
        assertEquals(
                new BigDecimal("100.0"),
                NpsCalculator.summarize(SurveyType.CSAT, Map.of(5, 3L)).csat());
    }

    @Test
    void cesGivesTheMeanAndTheShareOfEasyAnswers() {
        NpsCalculator.Summary s = NpsCalculator.summarize(SurveyType.CES, Map.of(1, 1L, 5, 1L, 7, 1L));
        assertEquals(new BigDecimal("4.3"), s.cesMean(), "13 / 3 = 4.33");
        assertEquals(new BigDecimal("66.7"), s.cesEasy());
        assertEquals(
                new BigDecimal("4.5"),
                NpsCalculator.summarize(SurveyType.CES, Map.of(4, 1L, 5, 1L)).cesMean(),
                "4.5 stays");
        assertEquals(
                new BigDecimal("0.0"),
                NpsCalculator.summarize(SurveyType.CES, Map.of(4, 9L)).cesEasy());
    }

    @Test
    void scoresOffTheScaleAndNegativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NpsCalculator.summarize(SurveyType.NPS, Map.of(11, 1L)));
        assertThrows(IllegalArgumentException.class, () -> NpsCalculator.summarize(SurveyType.CSAT, Map.of(0, 1L)));
        assertThrows(IllegalArgumentException.class, () -> NpsCalculator.summarize(SurveyType.CES, Map.of(8, 1L)));
        assertThrows(IllegalArgumentException.class, () -> NpsCalculator.summarize(SurveyType.NPS, Map.of(5, -1L)));
    }

    @Test
    void theClosedLoopOpensForDetractorsOrScoresAtTheThreshold() {
        assertTrue(SurveyType.NPS.dissatisfied(6, null));
        assertTrue(!SurveyType.NPS.dissatisfied(7, null));
        assertTrue(SurveyType.CSAT.dissatisfied(2, 2));
        assertTrue(!SurveyType.CSAT.dissatisfied(3, 2));
        assertTrue(!SurveyType.CES.dissatisfied(1, null), "no threshold, no loop");
    }
}
