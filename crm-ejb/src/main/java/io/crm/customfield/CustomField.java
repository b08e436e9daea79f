package io.crm.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A custom field as an admin defined it. */
@Entity
@Table(name = "custom_field")
public class CustomField {

    @Id
    @Column(name = "field_key")
    private String key;

    @Column(nullable = false)
    private String label;

    @Column(name = "field_type", nullable = false)
    private String type;

    @Column(name = "enum_values")
    @Convert(converter = EnumValuesConverter.class)
    private List<String> values = new ArrayList<>();

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean personal;

    @Column(name = "unique_values", nullable = false)
    private boolean unique;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CustomField() {}

    CustomField(CustomFieldDefinition d, OffsetDateTime now) {
        this.key = d.key();
        this.createdAt = now;
        apply(d, now);
    }

    void apply(CustomFieldDefinition d, OffsetDateTime now) {
        label = d.label();
        type = d.type().code();
        values = new ArrayList<>(d.values());
        required = d.required();
        personal = d.personal();
        unique = d.unique();
        updatedAt = now;
    }

    public CustomFieldDefinition definition() {
        return new CustomFieldDefinition(
                key,
                label,
                CustomFieldType.of(type).orElseThrow(),
                values == null ? List.of() : values,
                required,
                personal,
                unique);
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
