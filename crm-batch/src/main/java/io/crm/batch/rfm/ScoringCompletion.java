package io.crm.batch.rfm;

import io.crm.batch.ModuleBeans;
import io.crm.rfm.RfmScorer;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/** Records the run in the audit trail, drops its staging rows, and says what changed in the exit status. */
public class ScoringCompletion extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        RfmScorer.Run run = ModuleBeans.customerScoring().finish(job.getInstanceId());
        String summary = "SCORED " + run.scored() + " OF " + run.customers() + ", TIER CHANGES " + run.tierChanges()
                + ", STAGE CHANGES " + run.stageChanges() + ", LEVEL CHANGES " + run.levelChanges();
        job.setExitStatus(summary);
        return summary;
    }
}
