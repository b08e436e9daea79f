package io.crm.survey;

import java.time.Instant;

/** A stored response, and the follow-up the closed loop opened for it, if any. */
public record ResponseView(long id, long surveyId, int score, Instant respondedAt, Long followUpId) {}
