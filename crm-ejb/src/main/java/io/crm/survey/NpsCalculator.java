package io.crm.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The arithmetic of satisfaction scores, from a histogram (how many responses gave each score):
 * <ul>
 * <li>NPS = % promoters (9-10) − % detractors (0-6), rounded half away from zero to an integer, −100..+100;</li>
 * <li>CSAT = % of responses scoring 4-5, rounded to one decimal;</li>
 * <li>CES = mean score rounded to one decimal, plus the % scoring 5-7 (one decimal).</li>
 * </ul>
 * An empty group has counts of zero and no score (null), never a made-up 0.
 */
public final class NpsCalculator {

    public static final int DETRACTOR_MAX = 6;
    public static final int PROMOTER_MIN = 9;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The summary of one group. Counts not meaningful for the type are zero; scores not of the type are null. */
    public record Summary(
            long responses,
            long promoters,
            long passives,
            long detractors,
            Integer nps,
            long satisfied,
            BigDecimal csat,
            BigDecimal cesMean,
            BigDecimal cesEasy) {}

    private NpsCalculator() {}

    public static Summary summarize(SurveyType type, Map<Integer, Long> histogram) {
        long responses = 0;
        long sum = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            if (!type.inRange(e.getKey())) {
                throw new IllegalArgumentException("score " + e.getKey() + " is outside the " + type + " scale");
            }
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            responses += e.getValue();
            sum += e.getKey() * e.getValue();
        }
        return switch (type) {
            case NPS -> {
                long promoters = count(histogram, PROMOTER_MIN, 10);
                long detractors = count(histogram, 0, DETRACTOR_MAX);
                Integer nps = responses == 0
                        ? null
                        : BigDecimal.valueOf(promoters - detractors)
                                .multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(responses), 0, RoundingMode.HALF_UP)
                                .intValueExact();
                yield new Summary(
                        responses, promoters, responses - promoters - detractors, detractors, nps, 0, null, null, null);
            }
            case CSAT -> {
                long satisfied = count(histogram, 4, 5);
                yield new Summary(responses, 0, 0, 0, null, satisfied, percent(satisfied, responses), null, null);
            }
            case CES -> {
                long easy = count(histogram, 5, 7);
                BigDecimal mean = responses == 0
                        ? null
                        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP);
                yield new Summary(responses, 0, 0, 0, null, easy, null, mean, percent(easy, responses));
            }
        };
    }

    private static long count(Map<Integer, Long> histogram, int from, int to) {
        long n = 0;
        for (int s = from; s <= to; s++) {
            n += histogram.getOrDefault(s, 0L);
        }
        return n;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
