package io.crm.rest.segment;

import io.crm.rest.json.JsonFields;
import io.crm.segment.SegmentData;
import io.crm.segment.SegmentRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.Set;

/** The JSON form of a segment's writable state, read strictly and written back for merge patches. */
final class SegmentJson {

    private static final JsonProvider JSON = JsonProvider.provider();
    static final Set<String> WRITABLE = Set.of("name", "description", "rules");
    static final Set<String> READ_ONLY = Set.of("id", "ownerId", "createdBy", "createdAt", "updatedAt");

    private SegmentJson() {
    }

    static SegmentData read(JsonObject json) {
        JsonFields f = new JsonFields(json, WRITABLE, READ_ONLY);
        String name = f.string("name");
        String description = f.lines("description");
        f.done();
        JsonValue rules = json.get("rules");
        return new SegmentData(name, description, rules == null || rules == JsonValue.NULL ? null : SegmentRules.parse(rules));
    }

    /** Applies an RFC 7396 merge patch; names are checked on the patch itself. */
    static SegmentData merge(SegmentData current, JsonObject patch) {
        new JsonFields(patch, WRITABLE, READ_ONLY).done();
        return read(JSON.createMergePatch(patch).apply(write(current)).asJsonObject());
    }

    private static JsonObject write(SegmentData d) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("name", d.name()).add("rules", d.rules().toJson());
        if (d.description() != null) {
            b.add("description", d.description());
        }
        return b.build();
    }
}
