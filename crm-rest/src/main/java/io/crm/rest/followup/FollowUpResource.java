package io.crm.rest.followup;

import io.crm.followup.FollowUpFilter;
import io.crm.followup.FollowUpService;
import io.crm.followup.FollowUpStatus;
import io.crm.followup.FollowUpView;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.json.MergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-ups by id (read, change, delete) and across customers ("my open follow-ups"). */
@Path("follow-ups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    @Inject
    FollowUpService followUps;

    @GET
    @Operation(
            operationId = "listFollowUps",
            summary = "List follow-ups on the customers you may see",
            description = "By due time, those without one last. `assigneeId=me` stands for you: "
                    + "`?assigneeId=me&status=PLANNED` lists your open follow-ups, `&overdue=true` the late ones.")
    @APIResponse(
            responseCode = "200",
            description = "A page of follow-ups",
            content = @Content(schema = @Schema(ref = "FollowUpPage")))
    public ListResponse<FollowUpResponse> list(
            @QueryParam("assigneeId") @Parameter(description = "A user id, or `me`") String assigneeId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FollowUpStatus.class)) String status,
            @QueryParam("dueBefore")
                    @Parameter(
                            description =
                                    "Due strictly before this time (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String dueBefore,
            @QueryParam("overdue")
                    @Parameter(
                            description = "true: planned and past due; false: all others",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String overdue,
            @QueryParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        FollowUpFilter filter = new FollowUpFilter(
                customerId == null ? null : Requests.id("customer", customerId),
                Requests.text(assigneeId),
                Requests.enumValue("status", status, FollowUpStatus.class),
                Requests.instant("dueBefore", dueBefore),
                overdue == null ? null : Requests.flag("overdue", overdue));
        return ListResponse.of(followUps.list(filter, Requests.page(limit, cursor)), FollowUpResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getFollowUp",
            summary = "Read a follow-up",
            description = "One on a customer you may not see answers 404, like a missing one.")
    @APIResponse(
            responseCode = "200",
            description = "The follow-up, with its ETag",
            content = @Content(schema = @Schema(ref = "FollowUp")))
    @APIResponse(responseCode = "404", description = "No such follow-up, or not yours to see")
    public Response get(@PathParam("id") String id) {
        FollowUpView followUp = followUps.get(Requests.id("follow-up", id));
        return Response.ok(FollowUpResponse.of(followUp))
                .tag(Requests.etag(followUp.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateFollowUp",
            summary = "Change a follow-up (JSON merge patch)",
            description =
                    "Its author or assignee, or whoever may write the customer. Setting status DONE records completedAt. "
                            + "If-Match must carry the ETag you read.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = FollowUpRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed follow-up, with its new ETag",
            content = @Content(schema = @Schema(ref = "FollowUp")))
    @APIResponse(responseCode = "412", description = "The follow-up changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long followUpId = Requests.id("follow-up", id);
        Long version = Requests.ifMatch(ifMatch, true);
        FollowUpView changed = followUps.update(
                followUpId,
                version,
                current -> MergePatch.of(patch, FollowUpRequest.class)
                        .applyTo(FollowUpRequest.of(current))
                        .data());
        return Response.ok(FollowUpResponse.of(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteFollowUp",
            summary = "Delete a follow-up",
            description =
                    "Needs followup:delete and write access to the customer (your own scope"
                            + " or a WRITE share; a READ share never allows it). It leaves search at once; the audit trail keeps it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "403",
            description = "You lack followup:delete, or the customer is shared with you for reading only")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        followUps.delete(Requests.id("follow-up", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }
}
