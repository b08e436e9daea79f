package io.crm.batch.rfm;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.rfm.CustomerScoring;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;

/** Applies the scores of each range, with history, in the chunk's transaction (so with its checkpoint). */
public class ScoreRangeWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    private final CustomerScoring scoring = ModuleBeans.customerScoring();

    private final RunningSteps running = ModuleBeans.runningSteps();

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ScoreRange range = (ScoreRange) item;
            scoring.apply(job.getInstanceId(), range.afterId(), range.upToId(), job.getExecutionId());
        }
        running.wrote(job.getExecutionId(), items.size());
    }
}
