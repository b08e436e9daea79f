package io.crm.rest.json;

import jakarta.json.JsonObject;

/**
 * A JSON merge patch (RFC 7396) of a request record, checked when it arrives: names and the types of the values sent
 * are refused with a 400 before any record is read. {@link #applyTo} gives the changed request, validated whole, so a
 * null that removes a required field is refused as a body without it would be.
 *
 * @param <T> the request record the patch changes
 */
public final class MergePatch<T extends Record> {

    private final JsonObject patch;
    private final Class<T> type;

    private MergePatch(JsonObject patch, Class<T> type) {
        this.patch = patch;
        this.type = type;
    }

    public static <T extends Record> MergePatch<T> of(JsonObject patch, Class<T> type) {
        RequestReader.checkPatch(patch, type);
        return new MergePatch<>(patch, type);
    }

    /** Whether the patch sends this field (a null included). */
    public boolean sends(String field) {
        return patch.containsKey(field);
    }

    public T applyTo(T current) {
        return RequestReader.merge(current, patch, type);
    }
}
