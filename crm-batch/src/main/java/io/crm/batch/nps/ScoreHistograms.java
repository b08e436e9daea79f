package io.crm.batch.nps;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/** Computes a complete run of score histograms in one transaction; a restart computes it again. */
public class ScoreHistograms extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        String summary = "HISTOGRAM ROWS " + ModuleBeans.surveyScoring().run(job.getInstanceId());
        job.setExitStatus(summary);
        return summary;
    }
}
