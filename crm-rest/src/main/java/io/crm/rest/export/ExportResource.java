package io.crm.rest.export;

import io.crm.batch.export.ExportJobs;
import io.crm.encryption.PiiKeys;
import io.crm.export.ExportFile;
import io.crm.export.SealedExportFile;
import io.crm.rest.Requests;
import io.crm.rest.job.JobStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exports of customers: asked for by a user, followed and downloaded by that user only. */
@Path("exports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
public class ExportResource {

    @Inject
    ExportJobs exports;

    @POST
    @Path("customers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportCustomers",
            summary = "Export customers as CSV or NDJSON",
            description = "Starts the customer-export job: it writes exactly the customers your GET /customers shows "
                    + "for these filters (and segment), masked as you see them, in id order. CSV has a header row and "
                    + "one column per field of the customer (nested ones as rfm.totalSpend, consents.EMAIL; lists "
                    + "joined by ;); NDJSON one customer per line, as GET /customers/{id} shows it. Only you may "
                    + "follow and download it, until it expires (crm.export.ttl, 24 hours by default). Unknown "
                    + "fields, a bad format or a segment you may not read answer 4xx and start nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CustomerExportRequest.class)))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the export",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no such segment (violations list)")
    public Response export(CustomerExportRequest body) {
        ExportJobs.Started started = exports.start(body.criteria(), body.exportFormat());
        String exportId = Long.toString(started.exportId());
        return Response.accepted(JobStarted.ofExport(started.executionId(), exportId))
                .location(jakarta.ws.rs.core.UriBuilder.fromResource(ExportResource.class)
                        .path(exportId)
                        .build())
                .build();
    }

    @GET
    @Path("{exportId}")
    @Operation(
            operationId = "getExport",
            summary = "Follow an export",
            description = "Only for the user who asked for it; anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The export and the state of its job",
            content = @Content(schema = @Schema(implementation = ExportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such export, or not yours")
    public ExportResponse get(@PathParam("exportId") String exportId) {
        return new ExportResponse(exports.status(Requests.id("export", exportId)));
    }

    @GET
    @Path("{exportId}/file")
    @Produces({"text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "downloadExport",
            summary = "Download an export's file",
            description = "Only for the user who asked for it, once it is COMPLETED and until it expires.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment: text/csv or application/x-ndjson, UTF-8",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "404", description = "No such export, not yours, or expired")
    @APIResponse(responseCode = "409", description = "The export is not COMPLETED (yet)")
    public Response file(@PathParam("exportId") String exportId) {
        ExportFile file = exports.file(Requests.id("export", exportId));
        StreamingOutput body = out -> SealedExportFile.copyClear(file.path(), file.length(), PiiKeys.ring(), out);
        return Response.ok(body, file.export().format().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
