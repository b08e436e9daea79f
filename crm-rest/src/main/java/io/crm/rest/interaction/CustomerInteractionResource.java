package io.crm.rest.interaction;

import io.crm.common.ItemOutcome;
import io.crm.interaction.InteractionReport;
import io.crm.interaction.InteractionService;
import io.crm.interaction.InteractionView;
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

/** What one customer did: a host app reports an interaction; readers of the customer list them. */
@Path("customers/{customerId}/interactions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions")
public class CustomerInteractionResource {

    @Inject
    InteractionService interactions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInteraction",
            summary = "Record what a customer did",
            description = "Needs customer:write of the customer; another's customer answers 404. An externalId "
                    + "already stored for the customer answers 200 with the stored interaction and stores nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(ref = "Interaction")))
    @APIResponse(
            responseCode = "200",
            description = "Recorded before under this externalId",
            content = @Content(schema = @Schema(ref = "Interaction")))
    @APIResponse(responseCode = "404", description = "No such customer, or not one you may write")
    public Response create(@PathParam("customerId") String customerId, InteractionRequest body) {
        long id = Requests.id("customer", customerId);
        ItemOutcome<InteractionView> outcome = interactions.record(new InteractionReport(
                id, body.type(), body.occurredAt(), body.channel(), body.properties(), body.externalId()));
        InteractionResponse response = InteractionResponse.of(outcome.stored());
        Response.ResponseBuilder answer = outcome.storedBefore() ? Response.ok() : Response.status(201);
        return answer.location(UriBuilder.fromResource(CustomerInteractionResource.class)
                        .path(response.id)
                        .build(response.customerId))
                .entity(response)
                .build();
    }

    @GET
    @Operation(
            operationId = "listInteractions",
            summary = "List a customer's interactions, newest first",
            description = "Needs customer:read of the customer; another's customer answers 404.")
    @APIResponse(
            responseCode = "200",
            description = "A page of interactions",
            content = @Content(schema = @Schema(ref = "InteractionPage")))
    public ListResponse<InteractionResponse> list(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                interactions.list(Requests.id("customer", customerId), Requests.page(limit, cursor)),
                InteractionResponse::of);
    }

    @GET
    @Path("{interactionId}")
    @Operation(operationId = "getInteraction", summary = "One interaction of a customer")
    public InteractionResponse get(
            @PathParam("customerId") String customerId, @PathParam("interactionId") String interactionId) {
        return InteractionResponse.of(
                interactions.get(Requests.id("customer", customerId), Requests.id("interaction", interactionId)));
    }
}
