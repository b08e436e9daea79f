package io.crm.batch.nps;

import io.crm.survey.SurveyScoring;

/** The job's name; it takes no parameters. */
public final class NpsScoringJob {

    public static final String NAME = SurveyScoring.JOB;

    private NpsScoringJob() {
    }
}
