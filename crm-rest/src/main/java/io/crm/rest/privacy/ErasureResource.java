package io.crm.rest.privacy;

import io.crm.privacy.PrivacyService;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

/** The right to be forgotten: a customer anonymized at their request. */
@Path("customers/{customerId}/erasure")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class ErasureResource {

    @Inject
    PrivacyService privacy;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "eraseCustomer",
            summary = "Erase a customer's personal data",
            description = "Needs privacy:erase (admin). Anonymizes the customer at once (docs/privacy.md): personal "
                    + "fields and tags removed, the name replaced, note and follow-up texts and survey comments "
                    + "erased, outstanding survey invitations expired, the audit trail's values about them replaced, "
                    + "the search index updated; purchases, scores and counts stay. Its phones and emails are kept "
                    + "as keyed hashes, so creating a customer with one of them later answers 409 with "
                    + "`suppressed`. Asking again answers the first erasure and changes nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErasureRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "Erased (now or before)",
            content = @Content(schema = @Schema(implementation = ErasureResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason (violations list)")
    @APIResponse(responseCode = "403", description = "Without privacy:erase")
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    @APIResponse(responseCode = "409", description = "The customer is under legal hold (`legalHold`)")
    public ErasureResponse erase(@PathParam("customerId") String customerId, ErasureRequest body) {
        return new ErasureResponse(privacy.erase(Requests.id("customer", customerId), body.reason()));
    }
}
