package io.crm.webhook;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events a subscription may ask for, by their names on the wire (dotted lower case). At most 16: an event's place
 * among those of one change is its ordinal.
 */
public enum WebhookEventType {
    CUSTOMER_CREATED("customer.created"),
    CUSTOMER_CHANGED("customer.changed"),
    CUSTOMER_DELETED("customer.deleted"),
    TIER_CHANGED("tier.changed"),
    NOTE_ADDED("note.added"),
    FOLLOWUP_PLANNED("followup.planned"),
    FOLLOWUP_COMPLETED("followup.completed"),
    CUSTOMER_MERGED("customer.merged"),
    FOLLOWUP_DUE("followup.due"),
    LIFECYCLE_CHANGED("lifecycle.changed"),
    SURVEY_ANSWERED("survey.answered"),
    SURVEY_DETRACTOR("survey.detractor");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The types named, each once; every unknown name is a violation of {@code events[i]} (400). */
    public static List<WebhookEventType> parse(List<String> codes) {
        List<Violation> violations = new ArrayList<>();
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<WebhookEventType> type = fromCode(codes.get(i));
            if (type.isEmpty()) {
                violations.add(new Violation("events[" + i + "]", "is not one of " + known()));
            } else {
                types.add(type.get());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(types);
    }

    static String known() {
        return Arrays.stream(values()).map(WebhookEventType::code).collect(Collectors.joining(", "));
    }
}
