package io.crm.batch.points;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.points.PointsExpiry;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Lapses the due points of each account of the chunk, in the chunk's transaction (so with its checkpoint). */
public class ExpiryWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    private final PointsExpiry expiry = ModuleBeans.pointsExpiry();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private LocalDate day;

    @Override
    public void writeItems(List<Object> items) {
        if (day == null) {
            day = RunDay.of(job);
        }
        for (Object item : items) {
            expiry.expire((Long) item, day);
        }
        running.wrote(job.getExecutionId(), items.size());
    }
}
