package io.crm.batch.points;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.points.PointsExpiry;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the accounts that hold points in customer id order, from the last committed one on a restart. */
public class ExpiryReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private final PointsExpiry expiry = ModuleBeans.pointsExpiry();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint instanceof Long last ? last : 0;
        long total = expiry.accountsLeft(lastRead);
        step.setPersistentUserData(new ItemTotal(total));
        running.started(job.getExecutionId(), total);
    }

    @Override
    public void close() {
        running.ended(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(expiry.accountsAfter(lastRead, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    /** Called after the chunk's items are written, in its transaction: every account read is done. */
    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
