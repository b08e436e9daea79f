package io.crm.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One dispatch of a survey: a survey-dispatch job instance, whatever its restarts. */
@Entity
@Table(name = "survey_dispatch")
public class SurveyDispatch {

    @Id
    @Column(name = "dispatch_id")
    private long dispatchId;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    public long surveyId() {
        return surveyId;
    }

    protected SurveyDispatch() {}

    SurveyDispatch(long dispatchId, long surveyId, OffsetDateTime createdAt) {
        this.dispatchId = dispatchId;
        this.surveyId = surveyId;
        this.createdAt = createdAt;
    }
}
