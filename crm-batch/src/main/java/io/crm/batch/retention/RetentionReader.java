package io.crm.batch.retention;

import io.crm.batch.ModuleBeans;
import io.crm.privacy.Retention;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the customers due for erasure in id order, a page at a time, from the last committed one on a restart. */
public class RetentionReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String inactiveYears;

    @Inject
    @BatchProperty
    String dryRun;

    private final Retention retention = ModuleBeans.retention();
    private final Deque<Long> page = new ArrayDeque<>();
    private OffsetDateTime cutoff;
    private long lastId;
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long last ? last : 0;
        lastRead = lastId;
        cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusYears(Long.parseLong(inactiveYears));
        step.setTransientUserData(new RetentionSummary("1".equals(dryRun)));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(retention.due(cutoff, lastRead, 500));
            exhausted = page.size() < 500;
            if (!page.isEmpty()) {
                lastRead = page.peekLast();
            }
        }
        Long next = page.poll();
        if (next == null) {
            return null;
        }
        lastId = next;
        return new RetentionCandidate(next, cutoff);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    @Override
    public void close() {
        String status = ((RetentionSummary) step.getTransientUserData()).exitStatus();
        step.setExitStatus(status);
        job.setExitStatus(status);
    }
}
