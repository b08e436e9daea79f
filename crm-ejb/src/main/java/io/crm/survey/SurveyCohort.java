package io.crm.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The groups a response counts in: its survey and month, and its customer's tier, stage, owner and region as they were
 * when it came in. Written by SQL ({@link SurveyCohorts}); read here to score the responses a caller may see.
 */
@Entity
@Table(name = "survey_cohort")
public class SurveyCohort {

    @Id
    private long id;

    @Column(name = "response_month", nullable = false)
    private String month;

    @Column(nullable = false)
    private String tier;

    @Column(name = "lifecycle_stage", nullable = false)
    private String lifecycleStage;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private String region;

    protected SurveyCohort() {}
}
