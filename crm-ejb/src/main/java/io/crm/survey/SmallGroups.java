package io.crm.survey;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which score groups a caller who sees personal data masked does not get: every group of fewer answers than the
 * minimum and, where the groups share the answers out (months, tiers, stages, owners, regions: each answer in one
 * group) and those left out hold fewer answers than the minimum together, the smallest other groups as well. The
 * whole (another grouping of the same answers) less the groups shown then never tells the answers of fewer customers
 * than the minimum. Segments overlap, so there the whole tells nothing of that kind and only small groups go.
 */
final class SmallGroups {

    private SmallGroups() {}

    static Set<String> hidden(Map<String, NpsCalculator.Summary> groups, int minimum, boolean sharedOut) {
        Set<String> hidden = new LinkedHashSet<>();
        long hiddenAnswers = 0;
        for (Map.Entry<String, NpsCalculator.Summary> group : groups.entrySet()) {
            if (group.getValue().responses() < minimum) {
                hidden.add(group.getKey());
                hiddenAnswers += group.getValue().responses();
            }
        }
        List<Map.Entry<String, NpsCalculator.Summary>> shown = groups.entrySet().stream()
                .filter(g -> !hidden.contains(g.getKey()))
                .sorted(Comparator.<Map.Entry<String, NpsCalculator.Summary>>comparingLong(
                                g -> g.getValue().responses())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        for (Map.Entry<String, NpsCalculator.Summary> next : shown) {
            if (!sharedOut || hiddenAnswers == 0 || hiddenAnswers >= minimum) {
                break;
            }
            hidden.add(next.getKey());
            hiddenAnswers += next.getValue().responses();
        }
        return hidden;
    }
}
