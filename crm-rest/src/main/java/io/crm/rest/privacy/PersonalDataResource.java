package io.crm.rest.privacy;

import io.crm.privacy.PersonalDataExport;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The right of access: everything held about one person, as one JSON document. */
@Path("customers/{customerId}/personal-data")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PersonalDataResource {

    @Inject
    PersonalDataExport export;

    @GET
    @Operation(
            operationId = "exportPersonalData",
            summary = "Export everything held about a customer",
            description = "Needs privacy:export (admin, auditor) and a customer you may read. The record, contact "
                    + "points, consents with their history, tags, purchases, notes, follow-ups, survey invitations and "
                    + "answers, tier and stage history, shares, points, legal hold and erasure, and the audit entries "
                    + "about them. Written while it is read; the export is recorded in the audit trail.")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            content = @Content(schema = @Schema(implementation = PersonalDataDocument.class)))
    @APIResponse(responseCode = "403", description = "Without privacy:export")
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public Response export(@PathParam("customerId") String customerId) {
        long id = Requests.id("customer", customerId);
        export.begin(id);
        StreamingOutput body = out -> export.write(id, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
