package io.crm.common;

import java.util.List;

/** The rules for text people write (notes, follow-up contents): cleaned, bounded, no control characters. */
public final class FreeText {

    private FreeText() {}

    /** The cleaned text; refuses a missing text when required, and any text too long or holding control characters. */
    public static String validate(
            String field, String value, boolean required, int maxLength, List<Violation> violations) {
        String text = Text.cleanLines(value);
        if (text == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (Text.length(text) > maxLength) {
            violations.add(new Violation(field, "must be at most " + maxLength + " characters"));
        } else if (Text.hasControlCharactersInLines(text)) {
            violations.add(new Violation(field, "must not contain control characters"));
        }
        return text;
    }
}
