package io.crm.rest.customfield;

import io.crm.customfield.CustomFieldDefinition;
import io.crm.rest.json.ReadOnly;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin writes of a custom field; the key is in the path. */
@Schema(name = "CustomFieldRequest", description = "A custom field's definition")
@ReadOnly({"key", "version", "createdAt", "updatedAt"})
public record CustomFieldRequest(
        @Schema(required = true, maxLength = CustomFieldDefinition.LABEL_MAX, description = "For people")
        String label,

        @Schema(
                required = true,
                enumeration = {"string", "number", "decimal", "boolean", "date", "enum", "multi-enum"},
                description = "number: whole numbers; decimal: at most 10 digits after the point")
        String type,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "The values an enum or a multi-enum allows (1-200, each 1-100 characters, no commas)")
        List<String> values,

        @Schema(description = "A new customer must have a value, and a customer that has one may not lose it")
        Boolean required,

        @Schema(description = "Masked for callers without customer:pii:read, sealed at rest, matched on equality only")
        Boolean personal,

        @Schema(description = "No two customers hold the same value (not for boolean and multi-enum)")
        Boolean unique) {

    CustomFieldDefinition definition(String key) {
        return CustomFieldDefinition.validate(key, label, type, values, required, personal, unique);
    }
}
