package io.crm.batch.dispatch;

import io.crm.survey.SurveyDispatching;

/** The job's name and its parameters, as operators pass them. */
public final class SurveyDispatchJob {

    public static final String NAME = SurveyDispatching.JOB;
    /** The survey to send (required). */
    public static final String SURVEY_ID = "surveyId";
    /** An earlier dispatch of the survey to resume (one whose server was killed); 0, the default, starts a new one. */
    public static final String DISPATCH_ID = "dispatchId";
    /** Customers decided per chunk (one transaction and one checkpoint); default 5000. */
    public static final String CHUNK_SIZE = "chunkSize";

    private SurveyDispatchJob() {
    }
}
