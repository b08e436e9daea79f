package io.crm.batch.retention;

import io.crm.batch.ModuleBeans;
import io.crm.privacy.Retention;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.util.List;

/** Erases each customer of the chunk in the chunk's transaction, or in a dry run only counts and lists it. */
public class RetentionWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String inactiveYears;

    @Inject
    @BatchProperty
    String dryRun;

    private final Retention retention = ModuleBeans.retention();

    @Override
    public void writeItems(List<Object> items) {
        RetentionSummary summary = (RetentionSummary) step.getTransientUserData();
        for (Object item : items) {
            RetentionCandidate c = (RetentionCandidate) item;
            if ("1".equals(dryRun) || retention.erase(c.customerId(), c.cutoff(), Long.parseLong(inactiveYears))) {
                summary.add(c.customerId());
            }
        }
    }
}
