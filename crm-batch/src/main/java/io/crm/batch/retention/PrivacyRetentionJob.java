package io.crm.batch.retention;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.privacy.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The privacy-retention job as operators run and schedule it (its step: META-INF/batch-jobs/privacy-retention.xml). */
@Dependent
public class PrivacyRetentionJob {

    public static final String NAME = Retention.JOB;
    public static final String INACTIVE_YEARS = "inactiveYears";
    public static final String DRY_RUN = "dryRun";
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Erases, as a request for erasure would, every customer with no activity (no change of the record, "
                    + "purchase, note, follow-up or survey answer) for inactiveYears, except those under legal hold. "
                    + "With dryRun 1 (the default) it changes nothing and its exit status lists who would be erased.",
            "Goes on after the last committed chunk; a customer erased already is not due any more.",
            List.of(
                    new JobParameter(
                            INACTIVE_YEARS, "Years without activity after which a customer is erased", 5L, 1, 100),
                    new JobParameter(DRY_RUN, "1: only list who would be erased; 0: erase them", 1L, 0, 1),
                    new JobParameter(
                            CHUNK_SIZE, "Customers erased per chunk, transaction and checkpoint", 100L, 1, 1000)));
}
