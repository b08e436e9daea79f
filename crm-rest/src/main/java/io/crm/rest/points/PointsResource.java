package io.crm.rest.points;

import io.crm.points.PointsService;
import io.crm.points.RedemptionView;
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

/** A customer's loyalty points: the balance, the ledger, adjustments by hand and redemptions. */
@Path("customers/{customerId}/points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class PointsResource {

    @Inject
    PointsService points;

    @GET
    @Operation(
            operationId = "getPointsBalance",
            summary = "A customer's points balance",
            description = "Needs customer:read of the customer; another's customer answers 404.")
    @APIResponse(
            responseCode = "200",
            description = "The balance",
            content = @Content(schema = @Schema(implementation = PointsBalanceResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such customer, or not one you may read",
            content = @Content(schema = @Schema(ref = "Problem")))
    public PointsBalanceResponse balance(@PathParam("customerId") String customerId) {
        return new PointsBalanceResponse(points.balance(Requests.id("customer", customerId)));
    }

    @GET
    @Path("entries")
    @Operation(
            operationId = "listPointsEntries",
            summary = "List a customer's points ledger, newest first",
            description =
                    "The entries sum to the balance; an entry is never changed, a mistake is taken back by another.")
    @APIResponse(
            responseCode = "200",
            description = "A page of entries",
            content = @Content(schema = @Schema(ref = "PointsEntryPage")))
    public ListResponse<PointsEntryResponse> entries(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                points.entries(Requests.id("customer", customerId), Requests.page(limit, cursor)),
                PointsEntryResponse::of);
    }

    @GET
    @Path("entries/{entryId}")
    @Operation(operationId = "getPointsEntry", summary = "One entry of a customer's points ledger")
    @APIResponse(
            responseCode = "200",
            description = "The entry",
            content = @Content(schema = @Schema(ref = "PointsEntry")))
    public PointsEntryResponse entry(@PathParam("customerId") String customerId, @PathParam("entryId") String entryId) {
        return PointsEntryResponse.of(
                points.entry(Requests.id("customer", customerId), Requests.id("points entry", entryId)));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPointsAdjustment",
            summary = "Add or take points by hand, with a reason",
            description = "Needs points:adjust and a customer you may write. A negative number that would take the "
                    + "balance below 0 answers 409 with the balance.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdjustmentRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(ref = "PointsEntry")))
    @APIResponse(
            responseCode = "409",
            description = "The balance does not cover it; `balance` names it (a string, as every problem's extensions)",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response adjust(@PathParam("customerId") String customerId, AdjustmentRequest body) {
        return created(PointsEntryResponse.of(
                points.adjust(Requests.id("customer", customerId), body.points(), body.reason())));
    }

    @POST
    @Path("redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPointsRedemption",
            summary = "Spend points on a reward, once per idempotency key",
            description = "Needs customer:write of the customer. The same idempotencyKey again answers the first "
                    + "redemption and takes nothing more; a balance that does not cover the points answers 409 with the "
                    + "balance and records nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RedemptionRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Redeemed (or redeemed before with this key)",
            content = @Content(schema = @Schema(ref = "PointsEntry")))
    @APIResponse(
            responseCode = "409",
            description =
                    "The balance does not cover it (`balance`, a string), or the key was used for another redemption",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response redeem(@PathParam("customerId") String customerId, RedemptionRequest body) {
        RedemptionView redemption =
                points.redeem(Requests.id("customer", customerId), body.points(), body.idempotencyKey(), body.reward());
        return created(PointsEntryResponse.of(redemption.entry()));
    }

    private static Response created(PointsEntryResponse entry) {
        return Response.created(UriBuilder.fromResource(PointsResource.class)
                        .path("entries")
                        .path(entry.id)
                        .build(entry.customerId))
                .entity(entry)
                .build();
    }
}
