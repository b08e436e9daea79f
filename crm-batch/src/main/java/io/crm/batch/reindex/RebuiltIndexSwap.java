package io.crm.batch.reindex;

import io.crm.search.SearchIndex;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Makes the rebuilt index the live one. It then catches up with the changes committed since the rebuild began,
 * which the live index applied meanwhile and the log still holds.
 */
@Named
@Dependent
public class RebuiltIndexSwap extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    SearchIndex index;

    @Override
    public String process() {
        return "SWAPPED " + index.swapInRebuild(job.getInstanceId()) + " documents";
    }
}
