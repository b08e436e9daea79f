package io.crm.rest.customer;

import io.crm.customer.PurchaseService;
import io.crm.customer.PurchaseView;
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

/** Purchases under a customer; each one updates the customer's purchase aggregates. */
@Path("customers/{customerId}/purchases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchases")
public class PurchaseResource {

    @Inject
    PurchaseService purchases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPurchase",
            summary = "Record a purchase",
            description = "amount is a decimal string in the deployment's currency; a repeated externalId answers 409.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PurchaseRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(ref = "Purchase")))
    public Response add(@PathParam("customerId") String customerId, PurchaseRequest body, @Context UriInfo uri) {
        PurchaseView purchase = purchases.add(
                Requests.id("customer", customerId),
                body.amount(),
                body.currency(),
                body.occurredAt(),
                body.externalId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(purchase.id()))
                        .build())
                .entity(PurchaseResponse.of(purchase))
                .build();
    }

    @POST
    @Path("{purchaseId}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "refundPurchase",
            summary = "Refund a purchase in full",
            description = "The purchase stays on record with refundedAt and the reason; its amount leaves the "
                    + "customer's purchase count, total spend and last purchase time (so the next scoring run sees "
                    + "it), and the points it earned are reversed (as many as the balance still holds). Refunding a "
                    + "refunded purchase answers it unchanged.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RefundRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The purchase, refunded",
            content = @Content(schema = @Schema(ref = "Purchase")))
    public PurchaseResponse refund(
            @PathParam("customerId") String customerId,
            @PathParam("purchaseId") String purchaseId,
            RefundRequest body) {
        return PurchaseResponse.of(purchases.refund(
                Requests.id("customer", customerId), Requests.id("purchase", purchaseId), body.reason()));
    }

    @GET
    @Operation(operationId = "listCustomerPurchases", summary = "List a customer's purchases, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page of purchases",
            content = @Content(schema = @Schema(ref = "PurchasePage")))
    public ListResponse<PurchaseResponse> list(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                purchases.list(Requests.id("customer", customerId), Requests.page(limit, cursor)),
                PurchaseResponse::of);
    }
}
