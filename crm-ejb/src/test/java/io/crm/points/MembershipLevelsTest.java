package io.crm.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipLevelsTest {

    private static MembershipLevelView.Level level(String name, Long points, String spend) {
        return new MembershipLevelView.Level(name, points, spend == null ? null : new BigDecimal(spend), List.of());
    }

    private static List<String> problems(MembershipLevelView.Level... levels) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> MembershipLevels.validate(List.of(levels)));
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void risingLevelsOverALowestOneForEveryoneAreAccepted() {
        MembershipLevels.validate(List.of(
                level("普通会员", null, null),
                level("银卡", 1000L, "5000"),
                level("金卡", null, "20000"),
                level("钻石", 10000L, "50000")));
    }

    @Test
    void theLowestLevelTakesEveryoneAndTheOthersNeedAThreshold() {
        assertEquals(List.of("levels"), problems());
        assertEquals(List.of("levels[0]"), problems(level("普通", 0L, null), level("银卡", 10L, null)));
        assertEquals(List.of("levels[1]"), problems(level("普通", null, null), level("银卡", null, null)));
    }

    @Test
    void thresholdsRiseAndNamesDifferIgnoringCase() {
        assertEquals(
                List.of("levels[2].minPoints", "levels[2].minSpend"),
                problems(level("a", null, null), level("b", 100L, "100"), level("c", 100L, "99.99")));
        assertEquals(List.of("levels[1].name"), problems(level("Gold", null, null), level("gold ", 1L, null)));
    }
}
