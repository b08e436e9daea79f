package io.crm.batch.customerimport;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.customerimport.CustomerImports;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The customer-import job as operators follow, stop and restart it (its steps: META-INF/batch-jobs/customer-import.xml).
 * Users start it with POST /imports/customers.
 */
@Dependent
public class CustomerImportJob {

    public static final String NAME = CustomerImports.JOB;
    public static final String IMPORT_ID = "importId";
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Takes a CSV of customers a user uploaded (POST /imports/customers) as that user: counts its rows and "
                    + "refuses repeats of an earlier row, then creates, updates or skips each row as the import's "
                    + "policy says (or only checks them, for a dry run), recording each row's outcome; then deletes "
                    + "the file.",
            "Resumes after the last committed chunk; a row's outcome is recorded with its line in the transaction "
                    + "that took it, so a row is never taken twice. Only the job instance that began an import may "
                    + "take it.",
            List.of(
                    JobParameter.required(IMPORT_ID, "The import to take", 1, Long.MAX_VALUE),
                    new JobParameter(CHUNK_SIZE, "Rows taken per chunk, transaction and checkpoint", 200L, 1, 5_000)));
}
