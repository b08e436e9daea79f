package io.crm.batch.rfm;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/** Scores every customer as of now into the run's staging rows. Runs again in full if it did not complete. */
public class ScorePreparation extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        return "STAGED " + ModuleBeans.customerScoring().prepare(job.getInstanceId());
    }
}
