package io.crm.batch.points;

import io.crm.batch.ModuleBeans;
import io.crm.points.PointsExpiry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.time.ZoneOffset;

/** Says in the exit status what the run (all its executions) lapsed. */
public class ExpiryCompletion extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        PointsExpiry.Lapsed lapsed =
                ModuleBeans.pointsExpiry().lapsedSince(RunDay.firstStart(job).atOffset(ZoneOffset.UTC));
        String summary =
                "LAPSED " + lapsed.points() + " POINTS OF " + lapsed.accounts() + " CUSTOMERS AS OF " + RunDay.of(job);
        job.setExitStatus(summary);
        return summary;
    }
}
