package io.crm.batch.dispatch;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.survey.SurveyDispatching;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The survey-dispatch job as operators run and schedule it (its steps: META-INF/batch-jobs/survey-dispatch.xml). */
@Dependent
public class SurveyDispatchJob {

    public static final String NAME = SurveyDispatching.JOB;
    public static final String SURVEY_ID = "surveyId";
    public static final String DISPATCH_ID = "dispatchId";
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Invites the survey's audience in customer id order: one invitation with a single-use token per customer "
                    + "who consented to the channel, has a contact point for it and was not invited by any survey "
                    + "within the fatigue days; every other customer is skipped with the reason.",
            "Resumes after the last committed chunk in the same dispatch; a customer is never invited twice by "
                    + "one dispatch (a unique key in the database). A dispatch whose server was killed is resumed by a new "
                    + "execution with dispatchId.",
            List.of(
                    JobParameter.required(SURVEY_ID, "The survey to send", 1, Long.MAX_VALUE),
                    new JobParameter(
                            CHUNK_SIZE, "Customers decided per chunk, transaction and checkpoint", 5000L, 1, 10_000),
                    new JobParameter(
                            DISPATCH_ID,
                            "An earlier dispatch of the survey to resume after its "
                                    + "server was killed (0: a new dispatch)",
                            0L,
                            0,
                            Long.MAX_VALUE)));
}
