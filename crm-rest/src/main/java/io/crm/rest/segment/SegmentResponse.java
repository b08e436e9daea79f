package io.crm.rest.segment;

import io.crm.segment.SegmentView;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segment as the API shows it, and the schema of the fields clients write. */
@Schema(name = "Segment")
@JsonbPropertyOrder({"id", "name", "description", "rules", "ownerId", "createdBy", "createdAt", "updatedAt"})
public class SegmentResponse {

    @Schema(readOnly = true)
    public final String id;

    @Schema(required = true, description = "Unique, whatever the case")
    public final String name;

    @Schema(nullable = true, maxLength = 2000)
    public final String description;

    @Schema(
            required = true,
            type = SchemaType.OBJECT,
            description = """
            `{"match": "ALL"|"ANY", "conditions": [...]}`, 1-20 conditions, each with a `field`; at most 100 values in one `in`
            list and 200 in all lists together, at most 4 conditions on `npsCategory` and `lastFollowUpAt` together, at most
            16,000 characters of rules (400 naming the field beyond any of these):
            `tier`, `lifecycleStage`, `membershipLevel` (level codes), `region`, `city` with `in` (one of the values); `tags`,
            `interests` with `in` (has any of them);
            `recency`, `frequency`, `monetary` with `min` and/or `max` (scores 1-5; customers not scored never match);
            `lastPurchaseAt`, `lastFollowUpAt` (latest follow-up marked DONE), `createdAt` with any of `after` (at or after),
            `before` (strictly before), `withinDays`, `olderThanDays` (counted back from the time of evaluation);
            `npsCategory` with `in` of PROMOTER, PASSIVE, DETRACTOR (the customer's latest NPS answer).""",
            example = "{\"match\": \"ALL\", \"conditions\": [{\"field\": \"tier\", \"in\": [\"VIP\", \"IMPORTANT\"]}, "
                    + "{\"field\": \"lastPurchaseAt\", \"olderThanDays\": 90}]}")
    public final JsonObject rules;

    @Schema(
            readOnly = true,
            nullable = true,
            description = "The user who owns the segment (who saved it); null for a segment "
                    + "saved before segments had owners, which is admin-owned. While a scheduled or running survey dispatch targets "
                    + "the segment, only its owner or an admin may change or delete it (409 for anyone else).")
    public final String ownerId;

    @Schema(readOnly = true)
    public final String createdBy;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    SegmentResponse(SegmentView v) {
        id = Long.toString(v.id());
        name = v.name();
        description = v.description();
        rules = v.rules();
        ownerId = v.ownerId();
        createdBy = v.createdBy();
        createdAt = v.createdAt();
        updatedAt = v.updatedAt();
    }

    static SegmentResponse of(SegmentView v) {
        return new SegmentResponse(v);
    }

    /** One page of segments, for the OpenAPI document. */
    @Schema(name = "SegmentPage")
    public static class Page {
        public List<SegmentResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
