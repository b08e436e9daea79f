package io.crm.batch.operation;

import io.crm.batch.dispatch.SurveyDispatchJob;
import io.crm.batch.nps.NpsScoringJob;
import io.crm.batch.reindex.SearchReindexJob;
import io.crm.batch.responseimport.SurveyResponseImportJob;
import io.crm.batch.rfm.CustomerScoringJob;
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
                            5000L, 1, 10_000))),
            new JobDefinition(CustomerScoringJob.NAME,
                    "Scores every customer's recency, frequency and monetary value 1-5 by quintiles as of the start of "
                            + "the run, computes tiers (a tier set by hand stays) and lifecycle stages from the configured "
                            + "thresholds, and records every tier and stage change as history.",
                    "Resumes after the last applied range with the scores of the same run; a failed preparation "
                            + "starts over as of the restart.",
                    List.of(new JobParameter(CustomerScoringJob.RANGE_SIZE, "Customers applied per chunk, transaction and checkpoint",
                            5000L, 1, 100_000))),
            new JobDefinition(SurveyDispatchJob.NAME,
                    "Invites the survey's audience in customer id order: one invitation with a single-use token per customer "
                            + "who consented to the channel, has a contact point for it and was not invited by any survey "
                            + "within the fatigue days; every other customer is skipped with the reason.",
                    "Resumes after the last committed chunk in the same dispatch; a customer is never invited twice by "
                            + "one dispatch (a unique key in the database). A dispatch whose server was killed is resumed by a new "
                            + "execution with dispatchId.",
                    List.of(JobParameter.required(SurveyDispatchJob.SURVEY_ID, "The survey to send", 1, Long.MAX_VALUE),
                            new JobParameter(SurveyDispatchJob.CHUNK_SIZE, "Customers decided per chunk, transaction and checkpoint",
                                    5000L, 1, 10_000),
                            new JobParameter(SurveyDispatchJob.DISPATCH_ID, "An earlier dispatch of the survey to resume after its "
                                    + "server was killed (0: a new dispatch)", 0L, 0, Long.MAX_VALUE))),
            new JobDefinition(SurveyResponseImportJob.NAME,
                    "Imports survey responses from a CSV stored by POST /surveys/{id}/responses/import (columns token, score, "
                            + "comment, respondedAt); rows it cannot take are skipped and listed with their line and reason.",
                    "Resumes after the last committed chunk of rows.",
                    List.of(JobParameter.required(SurveyResponseImportJob.IMPORT_ID, "The stored CSV", 1, Long.MAX_VALUE),
                            new JobParameter(SurveyResponseImportJob.SKIP_LIMIT, "Rows that may be refused before the job fails",
                                    100L, 0, 1_000_000))),
            new JobDefinition(NpsScoringJob.NAME,
                    "Recomputes the NPS, CSAT and CES score histograms of every survey by month, tier, lifecycle stage, owner, "
                            + "region and segment, which GET /surveys/{id}/scores reads.",
                    "Computes the whole run again.",
                    List.of()));

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
