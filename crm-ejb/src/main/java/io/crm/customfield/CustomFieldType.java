package io.crm.customfield;

import java.util.Arrays;
import java.util.Optional;

/** What a custom field holds, named in the API by its code ({@code multi-enum}). */
public enum CustomFieldType {
    STRING("string"),
    /** A whole number (a Java long). */
    NUMBER("number"),
    /** A decimal number, at most 10 digits after the point. */
    DECIMAL("decimal"),
    BOOLEAN("boolean"),
    /** A calendar day, yyyy-mm-dd. */
    DATE("date"),
    /** One of the field's values. */
    ENUM("enum"),
    /** Any of the field's values, several at once. */
    MULTI_ENUM("multi-enum");

    private final String code;

    CustomFieldType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CustomFieldType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Whether values of this type have an order that ranges (gte, lte) can use. */
    public boolean ranged() {
        return this == NUMBER || this == DECIMAL || this == DATE;
    }

    /** Whether the field lists the values it allows. */
    public boolean enumerated() {
        return this == ENUM || this == MULTI_ENUM;
    }
}
