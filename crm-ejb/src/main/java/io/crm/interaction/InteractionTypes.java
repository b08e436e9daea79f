package io.crm.interaction;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The interaction types a deployment accepts: {@code crm.interactions.types} ({@code CRM_INTERACTIONS_TYPES}), a
 * comma-separated list of names such as {@code PAGE_VIEW}; {@link #DEFAULT} when not set.
 */
public final class InteractionTypes {

    public static final String PROPERTY = "crm.interactions.types";
    public static final List<String> DEFAULT = List.of(
            "PAGE_VIEW", "PRODUCT_VIEW", "ADD_TO_CART", "EMAIL_OPENED", "EVENT_ATTENDED", "STORE_VISIT", "APP_LOGIN");
    /** The form of a type's name: what the column holds and what a segment rule may name. */
    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    private InteractionTypes() {}

    /** The configured types (names not of the form {@link #NAME} are left out). */
    public static List<String> configured() {
        String value;
        try {
            value = ConfigProvider.getConfig()
                    .getOptionalValue(PROPERTY, String.class)
                    .orElse(null);
        } catch (IllegalStateException | IllegalArgumentException noConfig) {
            value = null; // outside a server (unit tests)
        }
        return parse(value);
    }

    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        List<String> types = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(t -> NAME.matcher(t).matches())
                .distinct()
                .toList();
        return types.isEmpty() ? DEFAULT : types;
    }
}
