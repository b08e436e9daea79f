package io.crm.batch.rfm;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.rfm.CustomerScoring;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The customer-scoring job as operators run and schedule it (its steps: META-INF/batch-jobs/customer-scoring.xml). */
@Dependent
public class CustomerScoringJob {

    public static final String NAME = CustomerScoring.JOB;
    public static final String RANGE_SIZE = "rangeSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Scores every customer's recency, frequency and monetary value 1-5 by quintiles as of the start of "
                    + "the run, computes tiers (a tier set by hand stays) and lifecycle stages from the configured "
                    + "thresholds, membership levels from the points earned and money spent in the levels' window, "
                    + "and records every tier, stage and level change as history.",
            "Resumes after the last applied range with the scores of the same run; a failed preparation "
                    + "starts over as of the restart.",
            List.of(new JobParameter(
                    RANGE_SIZE, "Customers applied per chunk, transaction and checkpoint", 5000L, 1, 100_000)));
}
