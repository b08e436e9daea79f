package io.crm.rest.privacy;

import io.crm.privacy.PrivacyService;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A legal hold: while it is set, the customer cannot be erased (by request or by the retention job). */
@Path("customers/{customerId}/legal-hold")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class LegalHoldResource {

    @Inject
    PrivacyService privacy;

    @GET
    @Operation(
            operationId = "getLegalHold",
            summary = "A customer's legal hold",
            description = "Needs privacy:erase (admin).")
    @APIResponse(
            responseCode = "200",
            description = "The hold (hold false when never set)",
            content = @Content(schema = @Schema(implementation = LegalHoldResponse.class)))
    @APIResponse(responseCode = "403", description = "Without privacy:erase")
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public LegalHoldResponse get(@PathParam("customerId") String customerId) {
        return new LegalHoldResponse(privacy.legalHold(Requests.id("customer", customerId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setLegalHold",
            summary = "Set or clear a customer's legal hold",
            description = "Needs privacy:erase (admin). Audited with the reason.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegalHoldRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The hold as it is now",
            content = @Content(schema = @Schema(implementation = LegalHoldResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (violations list)")
    @APIResponse(responseCode = "403", description = "Without privacy:erase")
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public LegalHoldResponse set(@PathParam("customerId") String customerId, LegalHoldRequest body) {
        return new LegalHoldResponse(
                privacy.setLegalHold(Requests.id("customer", customerId), body.hold(), body.reason()));
    }
}
