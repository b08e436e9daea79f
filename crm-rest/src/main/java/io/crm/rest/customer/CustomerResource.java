package io.crm.rest.customer;

import io.crm.customer.CustomerFilter;
import io.crm.customer.CustomerService;
import io.crm.customer.CustomerView;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.customfield.CustomCriterion;
import io.crm.rest.CountResponse;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer records: create, read, merge-patch, delete and list. */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    static final String CUSTOM_FILTERS = "Custom fields filter too: `custom.<key>=v` (equality; `a,b` for any of "
            + "several; a multi-enum: has one of them), `custom.<key>.gte=` and `custom.<key>.lte=` (number, decimal, "
            + "date; inclusive). A personal field is matched on equality only. An unknown field or a value the field "
            + "cannot hold: 400.";

    @Inject
    CustomerService customers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createCustomer",
            summary = "Create a customer",
            description =
                    "Phones and emails are normalized; a customer whose phone or email already exists answers 409 "
                            + "naming it (when you may see it), unless allowDuplicate=true.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CustomerRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers",
            content = @Content(schema = @Schema(ref = "Customer")))
    @APIResponse(responseCode = "400", description = "Invalid fields (violations list)")
    @APIResponse(responseCode = "409", description = "Duplicate phone or email")
    public Response create(
            @QueryParam("allowDuplicate") @Parameter(description = "Keep a duplicate phone/email")
                    String allowDuplicate,
            CustomerRequest body,
            @Context UriInfo uri) {
        CustomerView created = customers.create(body.data(), Requests.flag("allowDuplicate", allowDuplicate));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .tag(Requests.etag(created.version()))
                .entity(CustomerResponse.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCustomer",
            summary = "Read a customer",
            description = "A customer you may not see answers 404, like a missing one.")
    @APIResponse(
            responseCode = "200",
            description = "The customer, with its ETag",
            content = @Content(schema = @Schema(ref = "Customer")))
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public Response get(@PathParam("id") String id) {
        CustomerView customer = customers.get(Requests.id("customer", id));
        return Response.ok(CustomerResponse.of(customer))
                .tag(Requests.etag(customer.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(
            operationId = "updateCustomer",
            summary = "Change a customer (JSON merge patch)",
            description =
                    "Send only the fields to change; null removes a value. If-Match must carry the ETag you read.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CustomerRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed customer, with its new ETag",
            content = @Content(schema = @Schema(ref = "Customer")))
    @APIResponse(responseCode = "412", description = "The customer changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("allowDuplicate") String allowDuplicate,
            JsonObject patch) {
        long customerId = Requests.id("customer", id);
        Long version = Requests.ifMatch(ifMatch, true);
        CustomerView changed = customers.update(
                customerId,
                version,
                current -> CustomerJson.merge(current, patch),
                Requests.flag("allowDuplicate", allowDuplicate));
        return Response.ok(CustomerResponse.of(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteCustomer",
            summary = "Delete a customer",
            description = "With If-Match, only if it is still that version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        customers.delete(Requests.id("customer", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }

    @GET
    @Operation(
            operationId = "listCustomers",
            summary = "List customers",
            description =
                    "Only customers you may see, in a stable order; pass `next` back as `cursor`. " + CUSTOM_FILTERS)
    @APIResponse(
            responseCode = "200",
            description = "A page of customers",
            content = @Content(schema = @Schema(ref = "CustomerPage")))
    public ListResponse<CustomerResponse> list(
            @QueryParam("tier") @Parameter(schema = @Schema(implementation = Tier.class)) String tier,
            @QueryParam("lifecycleStage") @Parameter(schema = @Schema(implementation = LifecycleStage.class))
                    String stage,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("teamId") String teamId,
            @QueryParam("tag") String tag,
            @QueryParam("interest") @Parameter(description = "Customers with this interest") String interest,
            @QueryParam("region") String region,
            @QueryParam("city")
                    @Parameter(
                            description = "The customer's city (the demographic field; the cities of addresses are "
                                    + "sealed personal data and not filterable)")
                    String city,
            @QueryParam("q") @Parameter(description = "Prefix of the name, case-insensitive") String q,
            @QueryParam("updatedSince")
                    @Parameter(
                            description =
                                    "Changed at or after this time (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String updatedSince,
            @QueryParam("externalId") @Parameter(description = "The customer with this id in the system it came from")
                    String externalId,
            @QueryParam("limit")
                    @Parameter(
                            description = "Page size",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page") String cursor,
            @Context UriInfo uri) {
        CustomerFilter filter =
                filter(tier, stage, ownerId, teamId, tag, interest, region, city, q, updatedSince, externalId, uri);
        return ListResponse.of(customers.list(filter, Requests.page(limit, cursor)), CustomerResponse::of);
    }

    @GET
    @Path("count")
    @Operation(
            operationId = "countCustomers",
            summary = "Count customers",
            description = "The number of customers you may see that match the filters of the list. " + CUSTOM_FILTERS)
    public CountResponse count(
            @QueryParam("tier") String tier,
            @QueryParam("lifecycleStage") String stage,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("teamId") String teamId,
            @QueryParam("tag") String tag,
            @QueryParam("interest") String interest,
            @QueryParam("region") String region,
            @QueryParam("city") String city,
            @QueryParam("q") String q,
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("externalId") String externalId,
            @Context UriInfo uri) {
        return new CountResponse(customers.count(
                filter(tier, stage, ownerId, teamId, tag, interest, region, city, q, updatedSince, externalId, uri)));
    }

    private static CustomerFilter filter(
            String tier,
            String stage,
            String ownerId,
            String teamId,
            String tag,
            String interest,
            String region,
            String city,
            String q,
            String updatedSince,
            String externalId,
            UriInfo uri) {
        return new CustomerFilter(
                Requests.enumValue("tier", tier, Tier.class),
                Requests.enumValue("lifecycleStage", stage, LifecycleStage.class),
                Requests.text(ownerId),
                Requests.text(teamId),
                Requests.text(tag),
                Requests.text(interest),
                Requests.text(region),
                Requests.text(city),
                Requests.text(q),
                Requests.instant("updatedSince", updatedSince),
                Requests.text(externalId),
                CustomCriterion.parse(uri.getQueryParameters()));
    }
}
