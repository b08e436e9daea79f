package io.crm.events;

import java.time.Instant;

/**
 * A customer answered a survey. {@code category} is PROMOTER, PASSIVE or DETRACTOR for an NPS survey, DISSATISFIED or
 * SATISFIED for another type (by its closed-loop threshold; SATISFIED without one).
 */
public record SurveyAnswered(
        long responseId, long surveyId, long customerId, int score, String category, Instant occurredAt) {}
