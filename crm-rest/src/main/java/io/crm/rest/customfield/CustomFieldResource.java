package io.crm.rest.customfield;

import io.crm.customfield.CustomFieldService;
import io.crm.customfield.CustomFieldView;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Custom fields of the customer, defined at run time: managing them needs customfield:manage, reading them
 * customer:read (apps need to know the fields they show and send).
 */
@Path("admin/custom-fields")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Custom fields")
public class CustomFieldResource {

    @Inject
    CustomFieldService fields;

    @GET
    @Operation(
            operationId = "listCustomFields",
            summary = "List the custom fields",
            description = "Needs customer:read. In key order.")
    public CustomFieldResponse.Fields list() {
        return new CustomFieldResponse.Fields(fields.list());
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getCustomField", summary = "Read a custom field", description = "Needs customer:read.")
    @APIResponse(
            responseCode = "200",
            description = "The field, with its ETag",
            content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    @APIResponse(responseCode = "404", description = "No such field")
    public Response get(@PathParam("key") String key) {
        CustomFieldView field = fields.get(key);
        return Response.ok(new CustomFieldResponse(field))
                .tag(Requests.etag(field.version()))
                .build();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveCustomField",
            summary = "Create or replace a custom field",
            description = "Needs customfield:manage. The key: 1-40 lower-case letters, digits or _, starting with a "
                    + "letter. If-Match (optional) replaces only that version. A change the stored values would "
                    + "not survive answers 409 with the number of values in the way (`values`): another type, "
                    + "personal made plain or the reverse, an enum value removed while customers hold it, unique "
                    + "while values repeat. Making a field required applies to new customers and to customers that "
                    + "have a value.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; ETag",
            content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag",
            content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition (violations list)")
    @APIResponse(responseCode = "409", description = "Stored values would not survive the change")
    @APIResponse(responseCode = "412", description = "The field changed since you read it")
    public Response put(
            @PathParam("key") String key,
            @HeaderParam("If-Match") String ifMatch,
            CustomFieldRequest body,
            @Context UriInfo uri) {
        CustomFieldService.PutOutcome outcome = fields.put(body.definition(key), Requests.ifMatch(ifMatch, false));
        Response.ResponseBuilder answer = outcome.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return answer.entity(new CustomFieldResponse(outcome.field()))
                .tag(Requests.etag(outcome.field().version()))
                .build();
    }

    @DELETE
    @Path("{key}")
    @Operation(
            operationId = "deleteCustomField",
            summary = "Delete a custom field",
            description = "Needs customfield:manage. While customers hold values of it: 409 with their number, "
                    + "unless dropValues=true, which deletes the values with the field (each customer concerned "
                    + "is announced as changed; the audit entry of the field says how many values went).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such field")
    @APIResponse(responseCode = "409", description = "Customers hold values of it")
    public Response delete(
            @PathParam("key") String key,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("dropValues") @Parameter(description = "Delete the values with the field") String dropValues) {
        fields.delete(key, Requests.ifMatch(ifMatch, false), Requests.flag("dropValues", dropValues));
        return Response.noContent().build();
    }
}
