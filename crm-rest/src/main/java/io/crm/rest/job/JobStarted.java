package io.crm.rest.job;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a start of a job (202): the execution to follow, and the import an upload of responses became or the
 * export a request for one.
 */
@Schema(name = "JobStarted")
@JsonbPropertyOrder({"importId", "exportId", "executionId"})
public class JobStarted {

    @Schema(
            description =
                    "Only for an import (of customers: GET /imports/{importId}; of survey responses: where its row errors are listed)")
    public final String importId;

    @Schema(description = "Only for an export of customers: GET /exports/{exportId}")
    public final String exportId;

    @Schema(required = true, description = "The execution: GET /jobs/executions/{executionId}")
    public final long executionId;

    public JobStarted(long executionId) {
        this(executionId, null);
    }

    public JobStarted(long executionId, String importId) {
        this(executionId, importId, null);
    }

    private JobStarted(long executionId, String importId, String exportId) {
        this.executionId = executionId;
        this.importId = importId;
        this.exportId = exportId;
    }

    /** The start of an export's job. */
    public static JobStarted ofExport(long executionId, String exportId) {
        return new JobStarted(executionId, null, exportId);
    }
}
