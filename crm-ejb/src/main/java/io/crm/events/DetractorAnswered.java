package io.crm.events;

import java.time.Instant;

/** An NPS answer of 0 to 6; {@code followUpId} is the closed loop's follow-up, null when the survey opens none. */
public record DetractorAnswered(
        long responseId, long surveyId, long customerId, int score, Long followUpId, Instant occurredAt) {}
