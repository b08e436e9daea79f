package io.crm.segment;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.util.ArrayList;
import java.util.List;

/** What a client writes of a segment: a name, an optional description and the rules. */
public record SegmentData(String name, String description, SegmentRules rules) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    /** The data with its texts trimmed, or a 400 naming every field that is wrong. */
    static SegmentData validate(SegmentData raw) {
        List<Violation> violations = new ArrayList<>();
        String name = raw.name() == null ? null : raw.name().strip();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            violations.add(new Violation("name", "must be a text of 1 to " + MAX_NAME + " characters"));
        }
        String description = raw.description() == null || raw.description().isBlank()
                ? null
                : raw.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (raw.rules() == null) {
            violations.add(new Violation("rules", "is required"));
        } else {
            violations.addAll(raw.rules().beyondLimits());
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SegmentData(name, description, raw.rules());
    }
}
