package io.crm.survey;

import java.time.Instant;

/**
 * A customer's answer to a survey as a user reads it (a webhook's {@code survey.answered}): an answer's score is
 * personal, so for a user without customer:pii:read {@code score} and {@code category} are null and {@code
 * scoreMasked} is true, as the timeline shows only that the customer answered.
 */
public record SurveyAnswerView(
        long id,
        long surveyId,
        SurveyType surveyType,
        long customerId,
        Integer score,
        String category,
        boolean scoreMasked,
        Instant respondedAt) {}
