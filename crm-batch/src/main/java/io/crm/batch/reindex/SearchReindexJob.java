package io.crm.batch.reindex;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The search-reindex job as operators run and schedule it (its steps: META-INF/batch-jobs/search-reindex.xml). */
@Dependent
public class SearchReindexJob {

    public static final String NAME = "search-reindex";
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Rebuilds the search index of notes and follow-ups from the database beside the live index, "
                    + "which keeps answering, then swaps it in.",
            "Resumes from the last committed chunk into the same new index.",
            List.of(new JobParameter(
                    CHUNK_SIZE, "Records per chunk and per commit of the new index", 5000L, 1, 10_000)));
}
