package io.crm.customfield;

import java.time.Instant;

/** A custom field's definition as clients read it, with its version (the ETag) and times. */
public record CustomFieldView(CustomFieldDefinition definition, long version, Instant createdAt, Instant updatedAt) {

    static CustomFieldView of(CustomField f) {
        return new CustomFieldView(
                f.definition(),
                f.version(),
                f.createdAt().toInstant(),
                f.updatedAt().toInstant());
    }
}
