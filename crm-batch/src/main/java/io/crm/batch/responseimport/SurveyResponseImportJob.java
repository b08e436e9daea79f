package io.crm.batch.responseimport;

import io.crm.survey.SurveyImports;

/** The job's name and its parameters, as operators pass them. */
public final class SurveyResponseImportJob {

    public static final String NAME = SurveyImports.JOB;
    /** The stored CSV to import (required; POST /surveys/{id}/responses/import stores it and starts the job). */
    public static final String IMPORT_ID = "importId";
    /** Rows that may be refused before the job fails; default 100. */
    public static final String SKIP_LIMIT = "skipLimit";

    private SurveyResponseImportJob() {
    }
}
