package io.crm.rest.audit;

import io.crm.audit.AuditEntryView;
import io.crm.audit.AuditFilter;
import io.crm.audit.AuditTrail;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for auditors: who wrote or read what, and when. */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AuditTrail trail;

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "Read the audit trail",
            description =
                    "Needs audit:read. Every write with the before and after of the changed fields, and every read "
                            + "of personal data in clear, the last recorded first. Reads are recorded together up to a second "
                            + "after they happen, so a read may come before a write made just after it: order by `occurredAt` "
                            + "for the time line. Pass `next` back as `cursor` with the same filters.")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries",
            content = @Content(schema = @Schema(ref = "AuditEntryPage")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is not valid")
    @APIResponse(responseCode = "403", description = "You need audit:read")
    public ListResponse<AuditEntryResponse> list(
            @QueryParam("entityType")
                    @Parameter(description = "The kind of record, such as customer; needed with entityId")
                    String entityType,
            @QueryParam("entityId")
                    @Parameter(
                            description = "One record's id: entries about it, and reads of "
                                    + "several records (list pages) that showed it")
                    String entityId,
            @QueryParam("actor") @Parameter(description = "A user id, or system:<job>") String actor,
            @QueryParam("from")
                    @Parameter(
                            description =
                                    "At or after this time (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description =
                                    "Before this time (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String to,
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
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page") String cursor) {
        AuditFilter filter = new AuditFilter(
                Requests.text(entityType),
                Requests.text(entityId),
                Requests.text(actor),
                Requests.instant("from", from),
                Requests.instant("to", to));
        return ListResponse.of(trail.search(filter, Requests.page(limit, cursor)), AuditResource::response);
    }

    static AuditEntryResponse response(AuditEntryView v) {
        return new AuditEntryResponse(v, v.changes() == null ? null : object(v.changes()));
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
