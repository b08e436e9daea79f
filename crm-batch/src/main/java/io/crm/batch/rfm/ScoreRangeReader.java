package io.crm.batch.rfm;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.rfm.CustomerScoring;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/** Reads the staged customers as id ranges in id order, from the last applied range on a restart. */
public class ScoreRangeReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String rangeSize;

    private final CustomerScoring scoring = ModuleBeans.customerScoring();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private long lastId;
    private int size;

    @Override
    public void open(Serializable checkpoint) {
        size = Integer.parseInt(rangeSize);
        lastId = checkpoint instanceof Long last ? last : 0;
        if (scoring.run(job.getInstanceId()).isEmpty()) {
            throw new IllegalStateException("Scoring run " + job.getInstanceId()
                    + " has no staged scores: a newer run discarded them. Start a new execution.");
        }
        long ranges = (scoring.remaining(job.getInstanceId(), lastId) + size - 1) / size;
        step.setPersistentUserData(new ItemTotal(ranges));
        running.started(job.getExecutionId(), ranges);
    }

    @Override
    public void close() {
        running.ended(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        return scoring.rangeEnd(job.getInstanceId(), lastId, size)
                .map(end -> {
                    ScoreRange range = new ScoreRange(lastId, end);
                    lastId = end;
                    return range;
                })
                .orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
