package io.crm.rest.customfield;

import io.crm.customfield.CustomFieldDefinition;
import io.crm.customfield.CustomFieldView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A custom field's definition as the API shows it. */
@Schema(name = "CustomField")
@JsonbPropertyOrder({
    "key",
    "label",
    "type",
    "values",
    "required",
    "personal",
    "unique",
    "version",
    "createdAt",
    "updatedAt"
})
public class CustomFieldResponse {

    @Schema(readOnly = true, pattern = "[a-z][a-z0-9_]{0,39}", description = "The name under `custom` on customers")
    public final String key;

    public final String label;

    @Schema(enumeration = {"string", "number", "decimal", "boolean", "date", "enum", "multi-enum"})
    public final String type;

    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "An enum's values; else empty")
    public final List<String> values;

    public final boolean required;
    public final boolean personal;
    public final boolean unique;

    @Schema(readOnly = true, description = "The version, also sent as the ETag")
    public final long version;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    CustomFieldResponse(CustomFieldView v) {
        CustomFieldDefinition d = v.definition();
        key = d.key();
        label = d.label();
        type = d.type().code();
        values = d.values();
        required = d.required();
        personal = d.personal();
        unique = d.unique();
        version = v.version();
        createdAt = v.createdAt();
        updatedAt = v.updatedAt();
    }

    /** Every custom field, in key order. */
    @Schema(name = "CustomFieldList")
    public static class Fields {
        public final List<CustomFieldResponse> items;

        Fields(List<CustomFieldView> fields) {
            items = fields.stream().map(CustomFieldResponse::new).toList();
        }
    }
}
