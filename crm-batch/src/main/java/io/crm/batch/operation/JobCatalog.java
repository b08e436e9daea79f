package io.crm.batch.operation;

import io.crm.batch.reindex.SearchReindexJob;
import io.crm.batch.scoring.CustomerScoringJob;
import io.crm.common.InvalidInputException;

import java.util.List;
import java.util.Optional;

/** Every job of the CRM that operators may run and schedule. */
public final class JobCatalog {

    public static final List<JobDefinition> JOBS = List.of(
            new JobDefinition(SearchReindexJob.NAME,
                    "Rebuilds the search index of notes and follow-ups from the database beside the live index, "
                            + "which keeps answering, then swaps it in.",
                    "Resumes from the last committed chunk into the same new index.",
                    List.of(new JobParameter(SearchReindexJob.CHUNK_SIZE, "Records per chunk and per commit of the new index",
                            500, 1, 10_000))),
            new JobDefinition(CustomerScoringJob.NAME,
                    "Scores every customer's recency, frequency and monetary value 1-5 by quintiles as of the start of "
                            + "the run, computes tiers (a tier set by hand stays) and lifecycle stages from the configured "
                            + "thresholds, and records every tier and stage change as history.",
                    "Resumes after the last applied range with the scores of the same run; a failed preparation "
                            + "starts over as of the restart.",
                    List.of(new JobParameter(CustomerScoringJob.RANGE_SIZE, "Customers applied per chunk, transaction and checkpoint",
                            5000, 1, 100_000))));

    private JobCatalog() {
    }

    public static Optional<JobDefinition> find(String name) {
        return JOBS.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** The job with this name, or a 400 on the given field. */
    public static JobDefinition require(String field, String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(field, "is not a job of the CRM: "
                + JOBS.stream().map(JobDefinition::name).toList()));
    }
}
