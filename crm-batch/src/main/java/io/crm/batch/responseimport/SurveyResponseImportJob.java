package io.crm.batch.responseimport;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.survey.SurveyImports;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The survey-response-import job as operators run and schedule it (its steps:
 * META-INF/batch-jobs/survey-response-import.xml).
 */
@Dependent
public class SurveyResponseImportJob {

    public static final String NAME = SurveyImports.JOB;
    public static final String IMPORT_ID = "importId";
    public static final String SKIP_LIMIT = "skipLimit";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Imports survey responses from a CSV stored by POST /surveys/{id}/responses/import (columns token, score, "
                    + "comment, respondedAt); rows it cannot take are skipped and listed with their line and reason.",
            "Resumes after the last committed chunk of rows.",
            List.of(
                    JobParameter.required(IMPORT_ID, "The stored CSV", 1, Long.MAX_VALUE),
                    new JobParameter(SKIP_LIMIT, "Rows that may be refused before the job fails", 100L, 0, 1_000_000)));
}
