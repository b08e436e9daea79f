package io.crm.rest.customer;

import io.crm.customer.CustomerHistoryService;
import io.crm.customer.HistoryView;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tier, lifecycle-stage and membership-level history of one customer. */
@Path("customers/{customerId}/history")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerHistoryResource {

    @Inject
    CustomerHistoryService history;

    @GET
    @Operation(
            operationId = "listCustomerHistory",
            summary =
                    "List a customer's tier, lifecycle-stage, membership-level and custom-field changes, newest first",
            description =
                    "Changes by the customer-scoring job carry its execution id; a tier set or cleared by hand names "
                            + "the user, as does a custom field's change (field custom.<key>; a personal value masked).")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes",
            content = @Content(schema = @Schema(ref = "HistoryPage")))
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public ListResponse<Entry> list(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                history.list(Requests.id("customer", customerId), Requests.page(limit, cursor)), Entry::new);
    }

    /** One change. */
    @Schema(name = "HistoryEntry")
    @JsonbPropertyOrder({"id", "field", "from", "to", "source", "changedBy", "executionId", "changedAt"})
    public static class Entry {
        public final String id;

        @Schema(description = "tier, lifecycleStage, level, or custom.<key> for a custom field's value")
        public final String field;

        @Schema(nullable = true)
        public final String from;

        @Schema(nullable = true, description = "Null when a custom field's value was removed")
        public final String to;

        @Schema(enumeration = {"SCORING", "MANUAL"})
        public final String source;

        @Schema(description = "The user, or system:customer-scoring")
        public final String changedBy;

        @Schema(nullable = true, description = "The job execution that made a SCORING change")
        public final Long executionId;

        public final Instant changedAt;

        Entry(HistoryView h) {
            id = Long.toString(h.id());
            field = h.field();
            from = h.from();
            to = h.to();
            source = h.source();
            changedBy = h.changedBy();
            executionId = h.executionId();
            changedAt = h.changedAt();
        }
    }

    /** One page of history, for the OpenAPI document. */
    @Schema(name = "HistoryPage")
    public static class Page {
        public List<Entry> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
