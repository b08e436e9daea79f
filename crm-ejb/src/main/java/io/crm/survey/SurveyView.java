package io.crm.survey;

import java.time.Instant;

/** A survey as clients read it. */
public record SurveyView(
        long id, long version, SurveyData data, String createdBy, Instant createdAt, Instant updatedAt) {

    static SurveyView of(Survey s) {
        return new SurveyView(
                s.id(),
                s.version(),
                s.data(),
                s.createdBy(),
                s.createdAt().toInstant(),
                s.updatedAt().toInstant());
    }
}
