package io.crm.batch.dispatch;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.survey.SurveyDispatching;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;

/** Invites or skips the customers of a chunk, in the chunk's transaction. */
public class InvitationWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String dispatchId;

    private final SurveyDispatching dispatching = ModuleBeans.surveyDispatching();

    private final RunningSteps running = ModuleBeans.runningSteps();

    @Override
    public void writeItems(List<Object> items) {
        SurveyDispatching.Plan plan = (SurveyDispatching.Plan) job.getTransientUserData();
        dispatching.dispatch(
                plan,
                Dispatch.of(job, dispatchId),
                job.getExecutionId(),
                items.stream().map(SurveyDispatching.Candidate.class::cast).toList());
        running.wrote(job.getExecutionId(), items.size());
    }
}
