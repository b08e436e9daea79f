package io.crm.rest.audit;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditEntryView;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the audit trail as auditors read it. Public fields and no static ones: the OpenAPI scanner lists
 * every field as a property.
 */
@Schema(
        name = "AuditEntry",
        description = "A write (with the before and after of each changed field) or a read of "
                + "personal data in clear. Personal data in the changes is masked (+86138****8000, z***@example.com).")
@JsonbPropertyOrder({
    "id",
    "occurredAt",
    "actor",
    "action",
    "entityType",
    "entityId",
    "entityIds",
    "changes",
    "source",
    "instance"
})
public class AuditEntryResponse {

    @Schema(description = "Opaque id")
    public final String id;

    public final Instant occurredAt;

    @Schema(description = "The user who acted, or system:<job> for a batch job", example = "sales1")
    public final String actor;

    public final AuditAction action;

    @Schema(description = "The kind of record", example = "customer")
    public final String entityType;

    @Schema(
            nullable = true,
            description = "The record's id; null on a read of several records at once (entityIds)",
            example = "50")
    public final String entityId;

    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            nullable = true,
            description = "A read of several records at once, such as a list page: the id of each "
                    + "record it showed in clear; null on an entry about one record (entityId)",
            example = "[\"50\", \"51\"]")
    public final List<String> entityIds;

    @Schema(
            type = SchemaType.OBJECT,
            description = "Writes only: each changed field with its value before and after "
                    + "(before is null on CREATE, after is null on DELETE); consents per channel as consents.EMAIL",
            example =
                    "{\"city\": {\"before\": \"上海\", \"after\": \"北京\"}, \"consents.SMS\": {\"before\": null, \"after\": true}}")
    public final JsonObject changes;

    @Schema(
            description = "Where the request came from: client address and request id (X-Request-Id), when known",
            example = "203.0.113.7 request 4f2a9c")
    public final String source;

    @Schema(
            nullable = true,
            description = "The server instance that wrote the entry: its name in a deployment group, server on a lone"
                    + " domain; null on entries written before the CRM recorded it",
            example = "crm-a")
    public final String instance;

    AuditEntryResponse(AuditEntryView v, JsonObject changes) {
        id = Long.toString(v.id());
        occurredAt = v.occurredAt();
        actor = v.actor();
        action = v.action();
        entityType = v.entityType();
        entityId = v.entityId();
        entityIds = v.entityIds();
        this.changes = changes;
        source = v.source();
        instance = v.instance();
    }

    /** One page of audit entries, for the OpenAPI document. */
    @Schema(name = "AuditEntryPage")
    public static class Page {
        public List<AuditEntryResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
