package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customer.ConsentChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyDataTest {

    @Test
    void defaultsApplyAndTextsAreTrimmed() {
        SurveyData d = new SurveyData(
                        " Q4 NPS ",
                        SurveyType.CSAT,
                        " How satisfied? ",
                        null,
                        null,
                        true,
                        ConsentChannel.EMAIL,
                        null,
                        null,
                        null,
                        null)
                .validate();
        assertEquals("Q4 NPS", d.name());
        assertEquals(30, d.fatigueDays());
        assertEquals(30, d.validDays());
        assertEquals(true, d.closedLoop());
        assertEquals(2, d.closedLoopThreshold(), "CSAT: 1-2 are dissatisfied by default");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new SurveyData("", null, null, null, 5L, true, null, -1, 0, null, null).validate());
        assertEquals(
                List.of("name", "question", "type", "channel", "target", "fatigueDays", "validDays"),
                e.violations().stream().map(Violation::field).toList());
        assertThrows(
                InvalidInputException.class,
                () -> new SurveyData(
                                "n", SurveyType.NPS, "q", null, null, true, ConsentChannel.SMS, null, null, null, 3)
                        .validate(),
                "NPS has no threshold");
        assertThrows(
                InvalidInputException.class,
                () -> new SurveyData(
                                "n", SurveyType.CES, "q", null, null, true, ConsentChannel.SMS, null, null, null, 8)
                        .validate(),
                "off the CES scale");
        assertThrows(
                InvalidInputException.class,
                () -> new SurveyData(
                                "n", SurveyType.CES, "q", null, null, false, ConsentChannel.SMS, null, null, null, null)
                        .validate(),
                "no target");
    }
}
