package io.crm.rest.segment;

import io.crm.rest.CountResponse;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.customer.CustomerResponse;
import io.crm.rest.json.MergePatch;
import io.crm.segment.SegmentService;
import io.crm.segment.SegmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Segments: saved rule sets over customers, evaluated on demand for the caller. */
@Path("segments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class SegmentResource {

    @Inject
    SegmentService segments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSegment",
            summary = "Save a segment",
            description = "Needs segment:manage. The rules are validated; every mistake is listed in violations.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SegmentRequest.class)))
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(ref = "Segment")))
    @APIResponse(responseCode = "409", description = "A segment with this name exists (existingId)")
    public Response create(SegmentRequest body, @Context UriInfo uri) {
        SegmentView segment = segments.create(body.data());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(segment.id()))
                        .build())
                .entity(SegmentResponse.of(segment))
                .tag(Requests.etag(segment.version()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listSegments",
            summary = "List segments",
            description = "For anyone who reads customers or manages segments.")
    @APIResponse(
            responseCode = "200",
            description = "A page of segments",
            content = @Content(schema = @Schema(ref = "SegmentPage")))
    public ListResponse<SegmentResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(segments.list(Requests.page(limit, cursor)), SegmentResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSegment", summary = "Read a segment")
    @APIResponse(
            responseCode = "200",
            description = "The segment, with its ETag",
            content = @Content(schema = @Schema(ref = "Segment")))
    @APIResponse(responseCode = "404", description = "No such segment")
    public Response get(@PathParam("id") String id) {
        SegmentView segment = segments.get(Requests.id("segment", id));
        return Response.ok(SegmentResponse.of(segment))
                .tag(Requests.etag(segment.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateSegment",
            summary = "Change a segment (JSON merge patch)",
            description =
                    "Needs segment:manage and If-Match. "
                            + "`rules.conditions` is replaced as a whole; cursors over the segment's customers end when its rules change.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = SegmentRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed segment, with its new ETag",
            content = @Content(schema = @Schema(ref = "Segment")))
    @APIResponse(
            responseCode = "409",
            description = "A scheduled or running survey dispatch targets the segment and you are "
                    + "neither its owner nor an admin (surveyIds, ownerId); or the new name is taken (existingId)")
    @APIResponse(responseCode = "412", description = "The segment changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long segmentId = Requests.id("segment", id);
        Long version = Requests.ifMatch(ifMatch, true);
        SegmentView changed = segments.update(
                segmentId,
                version,
                current -> MergePatch.of(patch, SegmentRequest.class)
                        .applyTo(SegmentRequest.of(current))
                        .data());
        return Response.ok(SegmentResponse.of(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSegment", summary = "Delete a segment", description = "Needs segment:manage.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Surveys target the segment (surveyIds); for anyone but its owner or an "
                    + "admin, the refusal names the scheduled or running dispatch first (surveyIds, ownerId)")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        segments.delete(Requests.id("segment", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/customers")
    @Operation(
            operationId = "listSegmentCustomers",
            summary = "List the segment's customers that you may see, in id order",
            description = "Evaluated now, with the same visibility and masking as GET /customers.")
    @APIResponse(
            responseCode = "200",
            description = "A page of customers",
            content = @Content(schema = @Schema(ref = "CustomerPage")))
    @APIResponse(
            responseCode = "503",
            description = "The evaluation ran past the statement timeout (query-timeout, Retry-After)")
    public ListResponse<CustomerResponse> customers(
            @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                segments.customers(Requests.id("segment", id), Requests.page(limit, cursor)), CustomerResponse::of);
    }

    @GET
    @Path("{id}/count")
    @Operation(operationId = "countSegmentCustomers", summary = "Count the segment's customers that you may see")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = CountResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "The evaluation ran past the statement timeout (query-timeout, Retry-After)")
    public CountResponse count(@PathParam("id") String id) {
        return new CountResponse(segments.count(Requests.id("segment", id)));
    }
}
