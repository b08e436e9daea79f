package io.crm.rest.customerimport;

import io.crm.batch.customerimport.ImportJobs;
import io.crm.customerimport.ImportView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as its uploader follows it: how the file is read, and the rows taken so far by outcome. */
@Schema(name = "CustomerImport")
@JsonbPropertyOrder({
    "id",
    "status",
    "policy",
    "dryRun",
    "blankCells",
    "charset",
    "delimiter",
    "columns",
    "bytes",
    "totalRows",
    "rowsRead",
    "created",
    "updated",
    "skipped",
    "failed",
    "percent",
    "executionId",
    "requestedBy",
    "createdAt"
})
public class ImportResponse {

    @Schema(description = "Opaque id")
    public final String id;

    @Schema(
            description = "The state of the job taking it: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, "
                    + "ABANDONED")
    public final String status;

    @Schema(enumeration = {"SKIP", "UPDATE", "CREATE"})
    public final String policy;

    @Schema(description = "True: the rows are only checked; the counts say what the import would do")
    public final boolean dryRun;

    @Schema(
            enumeration = {"KEEP", "CLEAR"},
            description = "What an empty cell does to a customer a row updates: KEEP its value, or CLEAR it")
    public final String blankCells;

    @Schema(description = "The charset the file was read in (detected, or ?charset=)")
    public final String charset;

    @Schema(description = "The delimiter found in the header row: a comma, a semicolon or a tab")
    public final String delimiter;

    @Schema(description = "Each column of the header and the field it fills (null: left out)")
    public final Map<String, String> columns;

    public final long bytes;

    @Schema(description = "Data rows in the file, once counted (null before)")
    public final Long totalRows;

    @Schema(description = "Rows taken so far, whatever became of them")
    public final long rowsRead;

    @Schema(description = "Customers created (dry run: that would be created)")
    public final long created;

    @Schema(description = "Customers updated (dry run: that would be updated)")
    public final long updated;

    @Schema(description = "Rows matching a customer left as it is (policy SKIP)")
    public final long skipped;

    @Schema(description = "Rows refused: GET /imports/{id}/errors")
    public final long failed;

    @Schema(description = "How much of the file is taken, 0 to 100, once its rows are counted")
    public final Double percent;

    @Schema(description = "The execution taking it: GET /jobs/executions/{executionId} (job:operate)")
    public final Long executionId;

    public final String requestedBy;
    public final Instant createdAt;

    ImportResponse(ImportJobs.Status s) {
        ImportView v = s.view();
        id = Long.toString(v.id());
        status = s.state();
        policy = v.settings().policy().name();
        dryRun = v.settings().dryRun();
        blankCells = v.settings().blankCells().name();
        charset = v.settings().charset();
        delimiter = String.valueOf(v.settings().delimiter());
        columns = v.settings().mapping();
        bytes = v.bytes();
        totalRows = v.totalRows();
        rowsRead = v.counts().read();
        created = v.counts().created();
        updated = v.counts().updated();
        skipped = v.counts().skipped();
        failed = v.counts().failed();
        percent = v.counts().percent(v.totalRows());
        executionId = v.executionId();
        requestedBy = v.requestedBy();
        createdAt = v.createdAt();
    }

    /** A row that could not be taken. */
    @Schema(name = "CustomerImportRowError")
    @JsonbPropertyOrder({"line", "field", "reason"})
    public static class RowError {
        @Schema(description = "The line of the file the row starts on (the header is line 1)")
        public final long line;

        @Schema(nullable = true, description = "The field at fault, as in a problem's violations (phones[0])")
        public final String field;

        @Schema(description = "Why, in the words POST /customers answers")
        public final String reason;

        RowError(io.crm.customerimport.ImportRowError e) {
            line = e.line();
            field = e.field();
            reason = e.reason();
        }
    }

    /** One page of row errors, for the OpenAPI document. */
    @Schema(name = "CustomerImportRowErrorPage")
    public static class Page {
        @Schema(type = SchemaType.ARRAY, implementation = RowError.class)
        public List<RowError> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
