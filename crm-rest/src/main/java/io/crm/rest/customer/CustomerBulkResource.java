package io.crm.rest.customer;

import io.crm.common.BulkWrites;
import io.crm.customer.CustomerService;
import io.crm.customer.CustomerUpsert;
import io.crm.customer.CustomerView;
import io.crm.rest.BulkResponse;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customers in one call, for systems that move many (an ERP, a shop, a migration): each item is created, or updated
 * by its externalId, or refused, on its own, and the answer lists a status per item in the order sent.
 */
@Path("customers/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerBulkResource {

    @Inject
    CustomerService customers;

    @Inject
    BulkWrites bulk;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "upsertCustomers",
            summary = "Create or update up to 1000 customers",
            description = "Each item is answered as POST /customers would answer it (validation, duplicates: 409 "
                    + "naming the customer when you may see it, owner and team you may assign). An item whose "
                    + "externalId is a customer's already is a merge patch of that customer (200) when you may "
                    + "change it, and otherwise 404 (403 when it is shared with you for reading). Items see the "
                    + "items before them: a repeated phone answers 409, a repeated externalId updates. Statuses come "
                    + "back in the order sent; a refused item does not stop the others. A body that is not "
                    + "{\"items\": [...]} of 1 to 1000 answers 400 and writes nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CustomerBulkRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "A status per item",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a batch of 1 to 1000 items")
    public BulkResponse upsert(
            @QueryParam("allowDuplicate") @Parameter(description = "Keep duplicate phones/emails")
                    String allowDuplicate,
            CustomerBulkRequest body) {
        boolean duplicates = Requests.flag("allowDuplicate", allowDuplicate);
        return BulkResponse.of(
                body.items(),
                "customers",
                item -> new CustomerUpsert(
                        item.get("externalId") instanceof JsonString id ? id.getString() : null,
                        () -> CustomerJson.read(item),
                        current -> CustomerJson.merge(current, item)),
                items -> bulk.write(items, batch -> customers.upsertAll(batch, duplicates)),
                CustomerView::id);
    }
}
