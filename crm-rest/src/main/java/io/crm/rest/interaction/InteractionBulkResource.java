package io.crm.rest.interaction;

import io.crm.interaction.InteractionReport;
import io.crm.interaction.InteractionService;
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
 * Interactions in batches, for host apps that send many: each item is read, checked and stored or refused on its own,
 * and the answer lists a status per item in the order sent. Only a body that is not a batch at all answers 400.
 */
@Path("interactions/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions")
public class InteractionBulkResource {

    @Inject
    InteractionService interactions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInteractions",
            summary = "Record up to 1000 interactions of any customers",
            description = "Each item needs customer:write of its customer. Statuses come back in the order sent: 201 "
                    + "stored, 200 stored before under its externalId, 400/403/404 refused with a problem; a refused "
                    + "item does not stop the others. A body that is not {\"items\": [...]} of 1 to 1000 answers 400.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionBulkRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "A status per item",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a batch of 1 to 1000 items")
    public BulkResponse create(InteractionBulkRequest body) {
        return BulkResponse.of(
                body.items(),
                "interactions",
                object -> {
                    InteractionBulkItem read = RequestReader.read(object, InteractionBulkItem.class);
                    return new InteractionReport(
                            Requests.id("customer", read.customerId()),
                            read.type(),
                            read.occurredAt(),
                            read.channel(),
                            read.properties(),
                            read.externalId());
                },
                interactions::recordAll,
                view -> view.id());
    }
}
