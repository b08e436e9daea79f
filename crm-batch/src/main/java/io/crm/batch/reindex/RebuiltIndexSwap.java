package io.crm.batch.reindex;

import io.crm.batch.ModuleBeans;
import io.crm.search.SearchIndex;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * Makes the rebuilt index the live one. It then catches up with the changes committed since the rebuild began,
 * which the live index applied meanwhile and the log still holds.
 */
public class RebuiltIndexSwap extends AbstractBatchlet {

    @Inject
    JobContext job;

    private final SearchIndex index = ModuleBeans.searchIndex();

    @Override
    public String process() {
        return "SWAPPED " + index.swapInRebuild(job.getInstanceId()) + " documents";
    }
}
