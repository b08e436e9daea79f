package io.crm.privacy;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;

/**
 * What an erasure leaves of a person's records (docs/privacy.md): free text written about them is replaced by a
 * marker, since no rule can tell which of its words identify them; survey comments go; values in the audit trail
 * are replaced, except those of fields that describe the business and not the person (amounts, dates, scores,
 * states, ids of records and staff), which keep reports and figures as they were.
 */
public final class RedactionPolicy {

    /** What replaces a text or a value that was erased. */
    public static final String ERASED = "[erased]";

    /** Audit trail fields whose values are kept; every other field's value is replaced. */
    static final Set<String> KEPT_AUDIT_FIELDS = Set.of(
            "access",
            "amount",
            "assigneeId",
            "authorId",
            "balance",
            "channel",
            "completedAt",
            "currency",
            "customerId",
            "dueAt",
            "earnedOn",
            "executionId",
            "externalId",
            "kind",
            "legalHold",
            "lifecycleStage",
            "occurredAt",
            "ownerId",
            "points",
            "purchaseId",
            "region",
            "respondedAt",
            "reward",
            "score",
            "sentAt",
            "source",
            "status",
            "surveyId",
            "teamId",
            "tier",
            "type",
            "userId");

    private static final JsonProvider JSON = JsonProvider.provider();

    private RedactionPolicy() {}

    /** The name an erased customer goes by. */
    public static String erasedName(long customerId) {
        return "Erased customer " + customerId;
    }

    /** A note's text, a follow-up's content, outcome or next step, a points entry's reason: null stays null. */
    public static String text(String original) {
        return original == null ? null : ERASED;
    }

    /**
     * The audit entry's changes ({"field": {"before": …, "after": …}}) with every value of a field not kept replaced
     * by the marker; nulls stay null, so the trail still shows that a value was set or removed. Consents
     * ({@code consents.EMAIL}) are kept: a yes or no per channel says nothing about who the person is.
     */
    public static String auditChanges(String changes) {
        if (changes == null) {
            return null;
        }
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(changes))) {
            object = reader.readObject();
        }
        JsonObjectBuilder redacted = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            if (kept(field.getKey()) || field.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                redacted.add(field.getKey(), kept(field.getKey()) ? field.getValue() : erased(field.getValue()));
                continue;
            }
            JsonObjectBuilder pair = JSON.createObjectBuilder();
            field.getValue().asJsonObject().forEach((side, value) -> pair.add(side, erased(value)));
            redacted.add(field.getKey(), pair);
        }
        return redacted.build().toString();
    }

    static boolean kept(String field) {
        return KEPT_AUDIT_FIELDS.contains(field) || field.startsWith("consents.");
    }

    private static JsonValue erased(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL ? JsonValue.NULL : JSON.createValue(ERASED);
    }
}
