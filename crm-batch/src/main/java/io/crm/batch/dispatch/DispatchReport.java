package io.crm.batch.dispatch;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.stream.Collectors;

/** Says in the exit status how many customers the whole dispatch invited and skipped, by reason. */
public class DispatchReport extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String dispatchId;

    @Override
    public String process() {
        Map<String, Long> totals = ModuleBeans.surveyDispatching().totals(Dispatch.of(job, dispatchId));
        String summary = totals.entrySet().stream().map(e -> e.getKey().toUpperCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        job.setExitStatus(summary);
        return summary;
    }
}
