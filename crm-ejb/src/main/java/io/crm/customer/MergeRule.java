package io.crm.customer;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the fields of two records of one customer combine when they are merged. By default: phones, emails, addresses,
 * tags and interests of both (the survivor's first, an address both hold once); every single value the survivor's, or
 * the duplicate's where the survivor has none; per consent channel a refusal on either record wins, then a consent on
 * either; owner and team stay the survivor's. A choice per field ({@code survivor}, {@code duplicate}, or {@code both}
 * for the lists) overrides the default; a custom field is chosen as {@code custom.<key>} (survivor or duplicate; by
 * default the survivor's value, or the duplicate's when the survivor has none).
 */
public final class MergeRule {

    /** Where a field's merged value comes from. */
    public enum Choice {
        SURVIVOR,
        DUPLICATE,
        BOTH
    }

    static final Set<String> LISTS = Set.of("phones", "emails", "addresses", "tags", "interests");
    static final Set<String> FIELDS = Set.of(
            "type",
            "name",
            "phones",
            "emails",
            "wechatId",
            "addresses",
            "gender",
            "birthday",
            "occupation",
            "region",
            "city",
            "source",
            "tags",
            "interests",
            "consents",
            "tier");

    /** How a choice names a custom field: {@code custom.<key>}. */
    static final String CUSTOM = "custom.";

    private final Map<String, Choice> choices;

    private MergeRule(Map<String, Choice> choices) {
        this.choices = choices;
    }

    /** The rule for these choices (field → survivor | duplicate | both); a 400 naming every choice it cannot take. */
    public static MergeRule of(Map<String, String> requested) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Choice> choices = new java.util.HashMap<>();
        requested.forEach((field, value) -> {
            String path = "fields." + field;
            boolean custom = field.startsWith(CUSTOM) && field.length() > CUSTOM.length();
            if (!FIELDS.contains(field) && !custom) {
                violations.add(
                        new Violation(path, "is not a field a merge chooses (owner and team stay the survivor's)"));
                return;
            }
            Choice choice = switch (value == null ? "" : value) {
                case "survivor" -> Choice.SURVIVOR;
                case "duplicate" -> Choice.DUPLICATE;
                case "both" -> Choice.BOTH;
                default -> null;
            };
            if (choice == null) {
                violations.add(new Violation(path, "must be survivor, duplicate or both"));
            } else if (choice == Choice.BOTH && custom) {
                violations.add(new Violation(path, "a custom field's value is the survivor's or the duplicate's"));
            } else if (choice == Choice.BOTH && !LISTS.contains(field) && !field.equals("consents")) {
                violations.add(new Violation(
                        path, "both is for phones, emails, addresses, tags, interests and consents only"));
            } else {
                choices.put(field, choice);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new MergeRule(Map.copyOf(choices));
    }

    /**
     * The survivor's data after taking in the duplicate's; owner, team and externalId are the survivor's (an
     * externalId is unique, and the duplicate's names a record that no longer answers).
     */
    public CustomerData combine(CustomerData survivor, CustomerData duplicate) {
        return new CustomerData(
                single("type", survivor, duplicate, CustomerData::type),
                single("name", survivor, duplicate, CustomerData::name),
                list("phones", survivor, duplicate, CustomerData::phones),
                list("emails", survivor, duplicate, CustomerData::emails),
                single("wechatId", survivor, duplicate, CustomerData::wechatId),
                list("addresses", survivor, duplicate, CustomerData::addresses),
                single("gender", survivor, duplicate, CustomerData::gender),
                single("birthday", survivor, duplicate, CustomerData::birthday),
                single("occupation", survivor, duplicate, CustomerData::occupation),
                single("region", survivor, duplicate, CustomerData::region),
                single("city", survivor, duplicate, CustomerData::city),
                single("source", survivor, duplicate, CustomerData::source),
                list("tags", survivor, duplicate, CustomerData::tags),
                list("interests", survivor, duplicate, CustomerData::interests),
                consents(survivor.consents(), duplicate.consents()),
                survivor.ownerId(),
                survivor.teamId(),
                single("tier", survivor, duplicate, CustomerData::tier),
                survivor.externalId());
    }

    /** The keys of the custom fields a choice names. */
    public Set<String> customKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        choices.keySet().stream()
                .filter(f -> f.startsWith(CUSTOM))
                .forEach(f -> keys.add(f.substring(CUSTOM.length())));
        return keys;
    }

    /**
     * The survivor's custom values after the merge: by default its own, and the duplicate's of the fields it has none
     * of; a field chosen takes the chosen record's value, or none when that record has none.
     */
    public Map<String, Object> combineCustom(Map<String, Object> survivor, Map<String, Object> duplicate) {
        Map<String, Object> merged = customByDefault(survivor, duplicate);
        for (String key : customKeys()) {
            Map<String, Object> from = choices.get(CUSTOM + key) == Choice.DUPLICATE ? duplicate : survivor;
            if (from.containsKey(key)) {
                merged.put(key, from.get(key));
            } else {
                merged.remove(key);
            }
        }
        return merged;
    }

    /** The custom values a merge gives without a choice: the survivor's, and the duplicate's of the others. */
    public static Map<String, Object> customByDefault(Map<String, Object> survivor, Map<String, Object> duplicate) {
        Map<String, Object> merged = new java.util.TreeMap<>(duplicate);
        merged.putAll(survivor);
        return merged;
    }

    private <T> T single(String field, CustomerData survivor, CustomerData duplicate, Function<CustomerData, T> get) {
        Choice choice = choices.get(field);
        if (choice == Choice.SURVIVOR) {
            return get.apply(survivor);
        }
        if (choice == Choice.DUPLICATE) {
            return get.apply(duplicate);
        }
        T kept = get.apply(survivor);
        return kept != null ? kept : get.apply(duplicate);
    }

    private <T> List<T> list(
            String field, CustomerData survivor, CustomerData duplicate, Function<CustomerData, List<T>> get) {
        Choice choice = choices.getOrDefault(field, Choice.BOTH);
        if (choice == Choice.SURVIVOR) {
            return get.apply(survivor);
        }
        if (choice == Choice.DUPLICATE) {
            return get.apply(duplicate);
        }
        Set<T> both = new LinkedHashSet<>(get.apply(survivor));
        both.addAll(get.apply(duplicate));
        return List.copyOf(both);
    }

    private Map<ConsentChannel, Boolean> consents(
            Map<ConsentChannel, Boolean> survivor, Map<ConsentChannel, Boolean> duplicate) {
        Choice choice = choices.getOrDefault("consents", Choice.BOTH);
        if (choice == Choice.SURVIVOR) {
            return survivor;
        }
        if (choice == Choice.DUPLICATE) {
            return duplicate;
        }
        Map<ConsentChannel, Boolean> both = new EnumMap<>(ConsentChannel.class);
        for (ConsentChannel channel : ConsentChannel.values()) {
            Boolean a = survivor.get(channel);
            Boolean b = duplicate.get(channel);
            if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
                both.put(channel, false);
            } else if (a != null || b != null) {
                both.put(channel, true);
            }
        }
        return both;
    }
}
