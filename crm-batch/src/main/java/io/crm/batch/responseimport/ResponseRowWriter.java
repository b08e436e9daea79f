package io.crm.batch.responseimport;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.survey.SurveyImports;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;

/** Stores the checked rows of a chunk as responses (with the closed loop), in the chunk's transaction. */
public class ResponseRowWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    private final SurveyImports imports = ModuleBeans.surveyImports();

    private final RunningSteps running = ModuleBeans.runningSteps();

    @Override
    public void writeItems(List<Object> items) {
        long surveyId = (Long) job.getTransientUserData();
        for (Object item : items) {
            CsvRow.Checked row = (CsvRow.Checked) item;
            imports.take(surveyId, row.token(), row.score(), row.comment(), row.respondedAt(), job.getExecutionId());
        }
        running.wrote(job.getExecutionId(), items.size());
    }
}
