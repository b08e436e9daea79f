package io.crm.rest.segment;

import io.crm.rest.json.MultiLine;
import io.crm.rest.json.ReadOnly;
import io.crm.segment.SegmentData;
import io.crm.segment.SegmentRules;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes of a segment; the rules are read and bounded by {@link SegmentRules}, the texts by the service. */
@Schema(name = "SegmentRequest", description = "A segment's writable fields")
@ReadOnly({"id", "ownerId", "createdBy", "createdAt", "updatedAt"})
public record SegmentRequest(
        @Schema(
                required = true,
                minLength = 1,
                maxLength = SegmentData.MAX_NAME,
                description = "Unique, whatever the case")
        String name,

        @Schema(maxLength = SegmentData.MAX_DESCRIPTION) @MultiLine
        String description,

        @Schema(
                required = true,
                description = "{\"match\": \"ALL\" | \"ANY\", \"conditions\": [{\"field\", \"op\", \"value\"}]}")
        JsonValue rules) {

    static SegmentRequest of(SegmentData d) {
        return new SegmentRequest(d.name(), d.description(), d.rules().toJson());
    }

    SegmentData data() {
        return new SegmentData(name, description, rules == null ? null : SegmentRules.parse(rules));
    }
}
