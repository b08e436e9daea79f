package io.crm.batch.dispatch;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.survey.SurveyDispatching;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the survey's audience in customer id order, a page at a time, from after the last customer the dispatch
 * decided on: the checkpoint on a restart, or what the database holds when an execution resumes a dispatch whose
 * server was killed.
 */
public class AudienceReader extends AbstractItemReader {

    private static final int PAGE = 5000;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String surveyId;

    @Inject
    @BatchProperty
    String dispatchId;

    private final SurveyDispatching dispatching = ModuleBeans.surveyDispatching();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private final Deque<SurveyDispatching.Candidate> buffer = new ArrayDeque<>();
    private SurveyDispatching.Plan plan;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        long dispatch = Dispatch.of(job, dispatchId);
        plan = dispatching.begin(dispatch, Long.parseLong(surveyId));
        job.setTransientUserData(plan);
        lastId = Math.max(checkpoint instanceof Long last ? last : 0, dispatching.progress(dispatch));
        long remaining = dispatching.remaining(plan, lastId);
        step.setPersistentUserData(new ItemTotal(remaining));
        running.started(job.getExecutionId(), remaining);
    }

    @Override
    public void close() {
        running.ended(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            long after = lastId;
            buffer.addAll(dispatching.candidates(plan, after, PAGE));
            exhausted = buffer.size() < PAGE;
        }
        SurveyDispatching.Candidate next = buffer.poll();
        if (next != null) {
            lastId = next.customerId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
