package io.crm.rest.customer;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which record of a customer goes into the survivor, and where each field's value comes from. */
@Schema(name = "CustomerMergeRequest", description = "The duplicate to merge into the survivor named in the path")
public record MergeRequest(
        @Schema(required = true, description = "The id of the record that goes away")
        @NotNull(message = "is required")
        @Pattern(regexp = "[1-9][0-9]{0,17}", message = "must be a customer id")
        String duplicateId,

        @Schema(description = "The ETag of the duplicate as read; a later version answers 412")
        String duplicateETag,

        @Schema(
                description = "Where a field's value comes from; by default lists of both, the survivor's values, "
                        + "the duplicate's where the survivor has none, per consent channel a refusal on either wins")
        Fields fields) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public MergeRequest(String duplicateId, String duplicateETag, Fields fields) {
        this.duplicateId = duplicateId;
        this.duplicateETag = duplicateETag;
        this.fields = fields;
    }

    /** The choices as the service takes them: field name (custom fields as {@code custom.<key>}) to the choice. */
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        if (fields != null) {
            for (var component : Fields.class.getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(fields);
                    if (value instanceof JsonObject custom) {
                        custom.forEach((key, choice) -> choices.put(
                                "custom." + key,
                                choice instanceof JsonString text ? text.getString() : choice.toString()));
                    } else if (value != null) {
                        choices.put(component.getName(), (String) value);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return choices;
    }

    /** A choice per field: survivor, duplicate, or both (phones, emails, addresses, tags, interests, consents). */
    @Schema(name = "CustomerMergeFields")
    public record Fields(
            @Schema(enumeration = {"survivor", "duplicate"}) String type,
            @Schema(enumeration = {"survivor", "duplicate"}) String name,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String phones,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String emails,

            @Schema(enumeration = {"survivor", "duplicate"}) String wechatId,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String addresses,

            @Schema(enumeration = {"survivor", "duplicate"}) String gender,
            @Schema(enumeration = {"survivor", "duplicate"}) String birthday,
            @Schema(enumeration = {"survivor", "duplicate"}) String occupation,
            @Schema(enumeration = {"survivor", "duplicate"}) String region,
            @Schema(enumeration = {"survivor", "duplicate"}) String city,
            @Schema(enumeration = {"survivor", "duplicate"}) String source,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String tags,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String interests,

            @Schema(enumeration = {"survivor", "duplicate", "both"})
            String consents,

            @Schema(enumeration = {"survivor", "duplicate"}) String tier,

            @Schema(
                    type = SchemaType.OBJECT,
                    description =
                            "Per custom field key, survivor or duplicate: whose value the survivor keeps (none when"
                                    + " that record has none); by default its own, or the duplicate's when it has none",
                    example = "{\"shoe_size\": \"duplicate\"}")
            JsonObject custom) {}
}
