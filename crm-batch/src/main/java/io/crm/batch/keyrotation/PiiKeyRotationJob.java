package io.crm.batch.keyrotation;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.encryption.KeyRotation;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The pii-key-rotation job as operators run and schedule it (its step: META-INF/batch-jobs/pii-key-rotation.xml). */
@Dependent
public class PiiKeyRotationJob {

    public static final String NAME = KeyRotation.JOB;
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Re-seals every personal value (customers' contact points and birthdays, survey comments, stored "
                    + "import files, notes, follow-ups and the changes the audit trail keeps) under the current key of crm.pii.keys, while the CRM keeps serving; values "
                    + "already under it are left alone.",
            "Resumes after the last committed chunk; running it again later only re-reads.",
            List.of(new JobParameter(CHUNK_SIZE, "Rows per chunk and per transaction", 500L, 1, 10_000)));
}
