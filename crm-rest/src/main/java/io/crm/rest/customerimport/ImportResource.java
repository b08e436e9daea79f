package io.crm.rest.customerimport;

import io.crm.batch.customerimport.ImportJobs;
import io.crm.customerimport.CustomerImports;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.job.JobStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of customers from CSV: uploaded by a user, followed and corrected by that user only. */
@Path("imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    @Inject
    ImportJobs jobs;

    @Inject
    CustomerImports imports;

    @POST
    @Path("customers")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "importCustomers",
            summary = "Import customers from a CSV file",
            description = "Needs customer:write; every row is written as you would write it with POST /customers "
                    + "(you own what it creates; validation, duplicates, audit as there). The header row names the "
                    + "columns: a column named as a field fills it (name, phones, emails, tags, interests, addresses, "
                    + "externalId, type, gender, birthday, wechatId, occupation, region, city, source, ownerId, teamId, "
                    + "tier, consents.EMAIL|SMS|WECHAT|PHONE; any case), ?mapping= names the field of the others (null "
                    + "leaves one out); any other column answers 400 and nothing starts. Several values in a cell "
                    + "are separated by ';'; an addresses cell holds the JSON array of addresses the API takes (one "
                    + "object for one address), as the export writes it. An empty cell leaves its field out, or, with "
                    + "blankCells=CLEAR, clears it on a customer the row updates (consents excepted). A row matching a customer (by "
                    + "externalId, else phone, else email) is skipped, applied as a merge patch, or created anyway, "
                    + "as policy says; a row repeating an earlier row of the file (same externalId, phone or email) "
                    + "is refused naming that line. UTF-8, UTF-16 with a byte order mark, or GBK/GB18030 (found by "
                    + "itself, or ?charset=); comma, semicolon or tab (found in the header row); quoted cells may "
                    + "hold line breaks. At most crm.customer-import.max-bytes (500 MB by default): larger answers "
                    + "413 and nothing is kept. Follow it at GET /imports/{importId}.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the import",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    @APIResponse(
            responseCode = "400",
            description = "A column that is no field and not mapped, a bad mapping, policy or charset, an empty file")
    @APIResponse(responseCode = "413", description = "The file is, or says it is, larger than the limit; nothing kept")
    public Response importCustomers(
            @QueryParam("policy")
                    @Parameter(
                            description = "What to do with a row matching a stored customer",
                            schema =
                                    @Schema(
                                            enumeration = {"SKIP", "UPDATE", "CREATE"},
                                            defaultValue = "SKIP"))
                    String policy,
            @QueryParam("dryRun")
                    @Parameter(description = "true: check every row and count what would happen; write nothing")
                    String dryRun,
            @QueryParam("blankCells")
                    @Parameter(
                            description = "What an empty cell does to a customer a row updates (policy UPDATE): KEEP "
                                    + "the stored value, or CLEAR it as null does in PATCH. A new customer leaves the "
                                    + "field out either way; consents are never cleared",
                            schema =
                                    @Schema(
                                            enumeration = {"KEEP", "CLEAR"},
                                            defaultValue = "KEEP"))
                    String blankCells,
            @QueryParam("mapping")
                    @Parameter(description = "JSON object of column names to field names, e.g. {\"手机\": \"phones\"}")
                    String mapping,
            @QueryParam("charset")
                    @Parameter(description = "The file's charset, when detection should not decide (UTF-8, GB18030)")
                    String charset,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream csv) {
        ImportJobs.Started started = jobs.start(
                csv,
                Requests.contentLength(length),
                policy,
                Requests.flag("dryRun", dryRun),
                blankCells,
                mapping,
                charset);
        String importId = Long.toString(started.importId());
        return Response.accepted(new JobStarted(started.executionId(), importId))
                .location(UriBuilder.fromResource(ImportResource.class)
                        .path(importId)
                        .build())
                .build();
    }

    @GET
    @Path("{importId}")
    @Operation(
            operationId = "getCustomerImport",
            summary = "Follow an import",
            description = "Counts of rows read, created, updated, skipped and failed, and the share of the file done. "
                    + "Only for the user who uploaded it; anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "The import and the state of its job",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such import, or not yours")
    public ImportResponse get(@PathParam("importId") String importId) {
        return new ImportResponse(jobs.status(Requests.id("import", importId)));
    }

    @GET
    @Path("{importId}/errors")
    @Operation(
            operationId = "listCustomerImportErrors",
            summary = "The rows of an import that could not be taken",
            description = "By line: the field at fault and the reason. Only for the user who uploaded it.")
    @APIResponse(
            responseCode = "200",
            description = "A page of row errors",
            content = @Content(schema = @Schema(ref = "CustomerImportRowErrorPage")))
    @APIResponse(responseCode = "404", description = "No such import, or not yours")
    public ListResponse<ImportResponse.RowError> errors(
            @PathParam("importId") String importId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                imports.errors(Requests.id("import", importId), Requests.page(limit, cursor)),
                ImportResponse.RowError::new);
    }

    @GET
    @Path("{importId}/errors.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "downloadCustomerImportErrors",
            summary = "The failed rows as a CSV to fix and import again",
            description = "The file's header and its failed rows as they were written, each with a last column "
                    + "'reason' (which an import leaves out), in the file's delimiter, UTF-8 with a byte order mark. "
                    + "Only for the user who uploaded it.")
    @APIResponse(
            responseCode = "200",
            description = "The failed rows, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such import, or not yours")
    public Response errorFile(@PathParam("importId") String importId) {
        long id = Requests.id("import", importId);
        jobs.status(id); // a 404 before the answer starts
        StreamingOutput body = out -> jobs.writeErrors(id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"customer-import-" + id + "-errors.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
