package io.crm.batch.points;

import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.JobParameter;
import io.crm.points.PointsExpiry;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** The points-expiry job as operators run and schedule it (its steps: META-INF/batch-jobs/points-expiry.xml). */
@Dependent
public class PointsExpiryJob {

    public static final String NAME = PointsExpiry.JOB;
    public static final String CHUNK_SIZE = "chunkSize";

    @Produces
    static final JobDefinition DEFINITION = new JobDefinition(
            NAME,
            "Lapses, first in first out, the points every customer earned longer ago than the months the rules in "
                    + "effect keep them, as of the day the run first started (UTC); an entry per account, never "
                    + "twice for the same points, however often it runs.",
            "Resumes after the last account of the last committed chunk, as of the same day.",
            List.of(new JobParameter(CHUNK_SIZE, "Accounts per chunk, transaction and checkpoint", 100L, 1, 10_000)));
}
