package io.crm.rest.customer;

import io.crm.customer.CustomerMergeService;
import io.crm.customer.CustomerView;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Merging two records of the same customer into one. */
@Path("customers/{survivorId}/merge")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerMergeResource {

    @Inject
    CustomerMergeService merges;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "mergeCustomers",
            summary = "Merge a duplicate into this customer",
            description = "Notes, follow-ups, purchases, shares, survey invitations and answers, history and points of "
                    + "the duplicate move to the survivor; the duplicate then answers 404 with `mergedInto`. Needs "
                    + "customer:write of both, the duplicate in your own scope, and customer:reassign when their "
                    + "owners or teams differ. A retry of a merge already done answers 200 and changes nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MergeRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The survivor, with its new ETag",
            content = @Content(schema = @Schema(ref = "Customer")))
    @APIResponse(
            responseCode = "400",
            description = "Invalid choices, or the combined record breaks a rule of customers",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "403",
            description = "The duplicate is only shared with you, or owners differ without customer:reassign",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "404",
            description = "Either customer is missing or not yours to see",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "409",
            description = "Both hold a purchase or points entry under the same key",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "412",
            description = "Either record changed since you read it",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response merge(
            @PathParam("survivorId") String survivorId, @HeaderParam("If-Match") String ifMatch, MergeRequest body) {
        long survivor = Requests.id("customer", survivorId);
        Long version = Requests.ifMatch(ifMatch, true);
        CustomerView merged = merges.merge(
                survivor,
                Long.parseLong(body.duplicateId()),
                version,
                Requests.ifMatch(body.duplicateETag(), false),
                body.choices());
        return Response.ok(CustomerResponse.of(merged))
                .tag(Requests.etag(merged.version()))
                .build();
    }
}
