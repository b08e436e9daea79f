package io.crm.rest.followup;

import io.crm.followup.FollowUpFilter;
import io.crm.followup.FollowUpService;
import io.crm.followup.FollowUpView;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-ups of one customer: record one, list them by due time. */
@Path("customers/{customerId}/follow-ups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class CustomerFollowUpResource {

    @Inject
    FollowUpService followUps;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createFollowUp",
            summary = "Record or plan a follow-up with a customer",
            description = "Needs followup:write and a customer you may see.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location and ETag headers",
            content = @Content(schema = @Schema(ref = "FollowUp")))
    public Response create(@PathParam("customerId") String customerId, FollowUpRequest body) {
        long id = Requests.id("customer", customerId);
        FollowUpView created = followUps.create(id, body.data());
        return Response.created(UriBuilder.fromResource(FollowUpResource.class)
                        .path(Long.toString(created.id()))
                        .build())
                .tag(Requests.etag(created.version()))
                .entity(FollowUpResponse.of(created))
                .build();
    }

    @GET
    @Operation(
            operationId = "listCustomerFollowUps",
            summary = "List a customer's follow-ups",
            description = "By due time, those without one last.")
    @APIResponse(
            responseCode = "200",
            description = "A page of follow-ups",
            content = @Content(schema = @Schema(ref = "FollowUpPage")))
    public ListResponse<FollowUpResponse> list(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        FollowUpFilter filter = new FollowUpFilter(Requests.id("customer", customerId), null, null, null, null);
        return ListResponse.of(followUps.list(filter, Requests.page(limit, cursor)), FollowUpResponse::of);
    }
}
