package io.crm.batch.nps;

import io.crm.batch.operation.JobDefinition;
import io.crm.survey.SurveyScoring;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The nps-scoring job as operators run and schedule it (its step: META-INF/batch-jobs/nps-scoring.xml). */
@Dependent
public class NpsScoringJob {

    public static final String NAME = SurveyScoring.JOB;

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Recomputes the NPS, CSAT and CES score histograms of every survey by month, tier, lifecycle stage, owner, "
                    + "region and segment, which GET /surveys/{id}/scores reads.",
            "Computes the whole run again.",
            List.of());
}
