package io.crm.batch.reindex;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.indexing.SearchDocument;
import io.crm.search.SearchIndex;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;

/** Adds a chunk of documents to the index being rebuilt and commits it, so that a restart loses nothing. */
public class RebuiltIndexWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    private final SearchIndex index = ModuleBeans.searchIndex();

    private final RunningSteps running = ModuleBeans.runningSteps();

    @Override
    public void writeItems(List<Object> items) {
        index.addToRebuild(
                job.getInstanceId(),
                items.stream().map(SearchDocument.class::cast).toList());
        running.wrote(job.getExecutionId(), items.size());
    }
}
