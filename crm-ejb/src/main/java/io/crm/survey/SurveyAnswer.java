package io.crm.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A customer's answer to an invitation, in the cohort of the customer's tier, stage, owner and region as they were when
 * it came in. Written by SQL ({@link SurveyResponses}); read here for scoring by segment and within a caller's reach.
 */
@Entity
@Table(name = "survey_response")
public class SurveyAnswer {

    @Id
    private long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private int score;

    @Column(name = "response_month", nullable = false)
    private String month;

    @Column(name = "responded_at", nullable = false)
    private OffsetDateTime respondedAt;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    protected SurveyAnswer() {}

    public long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    public long customerId() {
        return customerId;
    }

    public int score() {
        return score;
    }

    public OffsetDateTime respondedAt() {
        return respondedAt;
    }
}
