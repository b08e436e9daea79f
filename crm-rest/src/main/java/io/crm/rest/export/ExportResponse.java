package io.crm.rest.export;

import io.crm.batch.export.ExportJobs;
import io.crm.export.ExportView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An export as its requester follows it. */
@Schema(name = "CustomerExport")
@JsonbPropertyOrder({
    "id",
    "status",
    "format",
    "criteria",
    "executionId",
    "rowsWritten",
    "requestedBy",
    "createdAt",
    "expiresAt",
    "fileDeleted"
})
public class ExportResponse {

    @Schema(description = "Opaque id")
    public final String id;

    @Schema(
            description = "The state of the job writing it: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, "
                    + "ABANDONED; the file is there once COMPLETED")
    public final String status;

    @Schema(enumeration = {"csv", "ndjson"})
    public final String format;

    @Schema(description = "The filters and segment it was asked with")
    public final Map<String, String> criteria;

    @Schema(description = "The execution that writes it: GET /jobs/executions/{executionId} (job:operate)")
    public final Long executionId;

    @Schema(description = "Customers written so far")
    public final long rowsWritten;

    public final String requestedBy;
    public final Instant createdAt;

    @Schema(description = "The file can be downloaded until then; afterwards it is deleted")
    public final Instant expiresAt;

    @Schema(description = "True once the file has been deleted after it expired")
    public final boolean fileDeleted;

    ExportResponse(ExportJobs.Status s) {
        ExportView e = s.export();
        id = Long.toString(e.id());
        status = s.state();
        format = e.format().code();
        criteria = e.criteria();
        executionId = e.executionId();
        rowsWritten = e.rowsWritten();
        requestedBy = e.requestedBy();
        createdAt = e.createdAt();
        expiresAt = e.expiresAt();
        fileDeleted = e.fileDeleted();
    }
}
