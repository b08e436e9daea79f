package io.crm.rest.customer;

import io.crm.common.BulkWrites;
import io.crm.customer.PurchaseReport;
import io.crm.customer.PurchaseService;
import io.crm.customer.PurchaseView;
import io.crm.rest.BulkResponse;
import io.crm.rest.Requests;
import io.crm.rest.json.RequestReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Purchases of any customers in one call, so that an ERP pushes its day of orders at once: each item is recorded or
 * refused on its own, and sending the same call again records nothing twice.
 */
@Path("purchases/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchases")
public class PurchaseBulkResource {

    @Inject
    PurchaseService purchases;

    @Inject
    BulkWrites bulk;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPurchases",
            summary = "Record up to 1000 purchases of any customers",
            description = "Each item is answered as POST /customers/{customerId}/purchases would answer it (customer:"
                    + "write of its customer; aggregates and points as for one purchase), except that a purchase sent "
                    + "again (same customer, externalId, amount, currency and time) answers 200 with the recorded one "
                    + "and accrues nothing; the same externalId with other values answers 409. Statuses come back in "
                    + "the order sent; a refused item does not stop the others. A body that is not {\"items\": [...]} "
                    + "of 1 to 1000 answers 400 and writes nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PurchaseBulkRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "A status per item",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a batch of 1 to 1000 items")
    public BulkResponse create(PurchaseBulkRequest body) {
        return BulkResponse.of(
                body.items(),
                "purchases",
                object -> {
                    PurchaseBulkItem read = RequestReader.read(object, PurchaseBulkItem.class);
                    return new PurchaseReport(
                            Requests.id("customer", read.customerId()),
                            read.amount(),
                            read.currency(),
                            read.occurredAt(),
                            read.externalId());
                },
                items -> bulk.write(items, purchases::addAll),
                PurchaseView::id);
    }
}
