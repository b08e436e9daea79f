package io.crm.batch.reindex;

import io.crm.indexing.SearchDocument;
import io.crm.search.SearchIndex;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Adds a chunk of documents to the index being rebuilt and commits it, so that a restart loses nothing. */
@Named
@Dependent
public class RebuiltIndexWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @EJB
    SearchIndex index;

    @Override
    public void writeItems(List<Object> items) {
        index.addToRebuild(job.getInstanceId(), items.stream().map(SearchDocument.class::cast).toList());
    }
}
