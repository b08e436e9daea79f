package io.crm.rest.followup;

import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpData;
import io.crm.followup.FollowUpStatus;
import io.crm.rest.json.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.Set;

/** The JSON form of a follow-up's writable state, read strictly and written back for merge patches. */
final class FollowUpJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final Set<String> WRITABLE = Set.of("channel", "content", "outcome", "nextStep", "dueAt", "assigneeId", "status");
    static final Set<String> READ_ONLY = Set.of("id", "customerId", "authorId", "overdue", "completedAt", "textMasked",
            "createdAt", "updatedAt");

    private FollowUpJson() {
    }

    static FollowUpData read(JsonObject json) {
        JsonFields f = new JsonFields(json, WRITABLE, READ_ONLY);
        FollowUpData data = new FollowUpData(f.enumValue("channel", FollowUpChannel.class), f.lines("content"),
                f.lines("outcome"), f.lines("nextStep"), f.instant("dueAt"), f.string("assigneeId"),
                f.enumValue("status", FollowUpStatus.class));
        f.done();
        return data;
    }

    /** Applies an RFC 7396 merge patch; names are checked on the patch itself, where a null would otherwise vanish. */
    static FollowUpData merge(FollowUpData current, JsonObject patch) {
        new JsonFields(patch, WRITABLE, READ_ONLY).done();
        JsonValue merged = JSON.createMergePatch(patch).apply(write(current));
        return read(merged.asJsonObject());
    }

    static JsonObject write(FollowUpData d) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        put(b, "channel", d.channel());
        put(b, "content", d.content());
        put(b, "outcome", d.outcome());
        put(b, "nextStep", d.nextStep());
        put(b, "dueAt", d.dueAt());
        put(b, "assigneeId", d.assigneeId());
        put(b, "status", d.status());
        return b.build();
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }
}
