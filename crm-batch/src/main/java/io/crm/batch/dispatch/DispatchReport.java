package io.crm.batch.dispatch;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in the exit status how many customers the whole dispatch invited and skipped, by reason, and marks the dispatch
 * complete: it reads its segment no more.
 */
public class DispatchReport extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String dispatchId;

    @Override
    public String process() {
        long dispatch = Dispatch.of(job, dispatchId);
        Map<String, Long> totals = ModuleBeans.surveyDispatching().totals(dispatch);
        ModuleBeans.surveyDispatching().completed(dispatch);
        String summary = totals.entrySet().stream()
                .map(e -> e.getKey().toUpperCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        job.setExitStatus(summary);
        return summary;
    }
}
