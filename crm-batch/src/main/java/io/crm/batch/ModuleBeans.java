package io.crm.batch;

import io.crm.batch.operation.ExecutionRecovery;
import io.crm.batch.operation.JobMetrics;
import io.crm.batch.operation.RunningSteps;
import io.crm.customerimport.CustomerImports;
import io.crm.customfield.CustomFieldService;
import io.crm.encryption.KeyRotation;
import io.crm.export.CustomerExports;
import io.crm.indexing.SearchDocuments;
import io.crm.points.PointsExpiry;
import io.crm.privacy.Retention;
import io.crm.rfm.CustomerScoring;
import io.crm.search.SearchIndex;
import io.crm.survey.SurveyDispatching;
import io.crm.survey.SurveyImports;
import io.crm.survey.SurveyScoring;
import io.crm.webhook.WebhookPayloads;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The EJBs the batch artifacts use, looked up by their application-wide names. The artifacts are not CDI beans:
 * Payara finds CDI batch artifacts through the BeanManager of whichever module's context the job thread carries,
 * which in an EAR of several modules is not always this one, so they are loaded by class name (the batch runtime
 * still injects JobContext and StepContext).
 */
public final class ModuleBeans {

    private ModuleBeans() {}

    public static SearchIndex searchIndex() {
        return lookup("java:app/crm-search/SearchIndex", SearchIndex.class);
    }

    public static SearchDocuments searchDocuments() {
        return lookup("java:app/crm-ejb/SearchDocuments", SearchDocuments.class);
    }

    public static CustomerScoring customerScoring() {
        return lookup("java:app/crm-ejb/CustomerScoring", CustomerScoring.class);
    }

    public static PointsExpiry pointsExpiry() {
        return lookup("java:app/crm-ejb/PointsExpiry", PointsExpiry.class);
    }

    public static SurveyDispatching surveyDispatching() {
        return lookup("java:app/crm-ejb/SurveyDispatching", SurveyDispatching.class);
    }

    public static SurveyImports surveyImports() {
        return lookup("java:app/crm-ejb/SurveyImports", SurveyImports.class);
    }

    public static SurveyScoring surveyScoring() {
        return lookup("java:app/crm-ejb/SurveyScoring", SurveyScoring.class);
    }

    public static Retention retention() {
        return lookup("java:app/crm-ejb/Retention", Retention.class);
    }

    public static KeyRotation keyRotation() {
        return lookup("java:app/crm-ejb/KeyRotation", KeyRotation.class);
    }

    public static CustomerExports customerExports() {
        return lookup("java:app/crm-ejb/CustomerExports", CustomerExports.class);
    }

    public static CustomFieldService customFields() {
        return lookup("java:app/crm-ejb/CustomFieldService", CustomFieldService.class);
    }

    public static CustomerImports customerImports() {
        return lookup("java:app/crm-ejb/CustomerImports", CustomerImports.class);
    }

    public static WebhookPayloads webhookPayloads() {
        return lookup("java:app/crm-ejb/WebhookPayloads", WebhookPayloads.class);
    }

    public static ExecutionRecovery executionRecovery() {
        return lookup("java:app/crm-batch/ExecutionRecovery", ExecutionRecovery.class);
    }

    public static JobMetrics jobMetrics() {
        return lookup("java:app/crm-batch/JobMetrics", JobMetrics.class);
    }

    public static RunningSteps runningSteps() {
        return lookup("java:app/crm-batch/RunningSteps", RunningSteps.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("The CRM's " + type.getSimpleName() + " is not deployed as " + name, e);
        }
    }
}
