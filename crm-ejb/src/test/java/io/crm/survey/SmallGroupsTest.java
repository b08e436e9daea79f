package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    private static Map<String, NpsCalculator.Summary> groups(Object... nameAndAnswers) {
        Map<String, NpsCalculator.Summary> groups = new LinkedHashMap<>();
        for (int i = 0; i < nameAndAnswers.length; i += 2) {
            groups.put(
                    (String) nameAndAnswers[i],
                    NpsCalculator.summarize(SurveyType.NPS, Map.of(10, ((Integer) nameAndAnswers[i + 1]).longValue())));
        }
        return groups;
    }

    @Test
    void callersWhoSeePersonalDataGetEveryGroup() {
        assertEquals(Set.of(), SmallGroups.hidden(groups("a", 1, "b", 2), 0, true));
    }

    @Test
    void groupsOfAtLeastTheMinimumAreShown() {
        assertEquals(Set.of(), SmallGroups.hidden(groups("a", 5, "b", 9), 5, true));
    }

    @Test
    void aSmallGroupIsHiddenWithTheSmallestOtherSoThatTheirSumHidesAtLeastTheMinimum() {
        assertEquals(
                Set.of("west", "east2"),
                SmallGroups.hidden(groups("east1", 6, "west", 3, "east2", 5, "north", 40), 5, true));
    }

    @Test
    void smallGroupsThatTogetherHoldTheMinimumNeedNoOther() {
        assertEquals(Set.of("a", "b"), SmallGroups.hidden(groups("a", 2, "b", 3, "c", 7), 5, true));
    }

    @Test
    void aLoneSmallGroupHidesEverythingWhenNothingElseCoversIt() {
        assertEquals(Set.of("a", "b"), SmallGroups.hidden(groups("a", 1, "b", 2), 5, true));
        assertEquals(Set.of("a"), SmallGroups.hidden(groups("a", 4), 5, true));
    }

    @Test
    void overlappingGroupsLoseOnlyTheSmallOnes() {
        assertEquals(Set.of("unhappy"), SmallGroups.hidden(groups("everyone", 17, "unhappy", 3), 5, false));
    }

    @Test
    void tiesAreBrokenByNameSoTheAnswerDoesNotDependOnOrder() {
        assertEquals(Set.of("small", "b"), SmallGroups.hidden(groups("small", 1, "c", 6, "b", 6), 5, true));
    }
}
