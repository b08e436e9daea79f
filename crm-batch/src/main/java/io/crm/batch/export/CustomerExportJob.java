package io.crm.batch.export;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.export.CustomerExports;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The customer-export job as operators follow, stop and restart it (its steps: META-INF/batch-jobs/customer-export.xml).
 * Users start it with POST /exports/customers.
 */
@Dependent
public class CustomerExportJob {

    public static final String NAME = CustomerExports.JOB;
    public static final String EXPORT_ID = "exportId";
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Writes an export that a user asked for (POST /exports/customers): the customers that user's list shows "
                    + "for the export's filters or segment, in id order, masked as that user sees them, as CSV or "
                    + "NDJSON into a sealed file that only they may download until it expires.",
            "Resumes after the last committed chunk: the file is cut back to the length that chunk's checkpoint "
                    + "recorded, so no customer is written twice. Only the job instance that began an export may "
                    + "write it.",
            List.of(
                    JobParameter.required(EXPORT_ID, "The export to write", 1, Long.MAX_VALUE),
                    new JobParameter(
                            CHUNK_SIZE, "Customers written per chunk, transaction and checkpoint", 1000L, 1, 10_000)));
}
