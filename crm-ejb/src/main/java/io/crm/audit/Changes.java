package io.crm.audit;

import io.crm.customer.Address;
import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customfield.CustomValues;
import io.crm.permission.PiiMasker;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a write changed on a customer, field by field in the order of the API, and its JSON text for the trail.
 * Fields are compared in clear but written as an auditor may read them: personal data (phones, emails, WeChat id,
 * addresses, one line each, birthday) only masked, so the trail keeps no personal data in clear at rest or after an erasure.
 */
public final class Changes {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String MASKED_DATE = "****-**-**";
    /** A longer text is cut (ending in …): the trail says what changed, it does not archive long texts. */
    static final int MAX_TEXT_LENGTH = 1000;

    private Changes() {}

    /**
     * The fields that differ, with their values before and after. Before null (a customer created) or after null
     * (deleted) gives every field that has a value; lists are compared as lists, consents channel by channel
     * ({@code consents.EMAIL}). No difference gives an empty map.
     */
    public static Map<String, Change> between(CustomerData before, CustomerData after) {
        return between(before, after, key -> true);
    }

    /**
     * As {@link #between(CustomerData, CustomerData)}, with the custom values ({@code custom.<key>}, after the
     * built-in fields, in key order) that differ too: those of the fields {@code personalCustom} names masked as a
     * caller without customer:pii:read sees them.
     */
    public static Map<String, Change> between(
            CustomerData before, CustomerData after, Predicate<String> personalCustom) {
        Map<String, Object> old = values(before);
        Map<String, Object> current = values(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>((before != null ? old : current).keySet());
        Set<String> custom = new TreeSet<>();
        if (before != null) {
            custom.addAll(before.custom().keySet());
        }
        if (after != null) {
            custom.addAll(after.custom().keySet());
        }
        for (String key : custom) {
            String field = "custom." + key;
            fields.add(field);
            old.put(field, before == null ? null : auditable(before.custom().get(key), false));
            current.put(field, after == null ? null : auditable(after.custom().get(key), false));
        }
        for (String field : fields) {
            Object b = old.get(field);
            Object a = current.get(field);
            boolean changed =
                    before == null || after == null ? hasValue(before == null ? a : b) : !Objects.equals(b, a);
            if (changed) {
                boolean personal = field.startsWith("custom.") && personalCustom.test(field.substring(7));
                changes.put(
                        field,
                        personal
                                ? new Change(auditable(b, true), auditable(a, true))
                                : new Change(masked(field, b), masked(field, a)));
            }
        }
        return Collections.unmodifiableMap(changes);
    }

    /** {"field": {"before": …, "after": …}, …} in the order of the map. */
    public static String toJson(Map<String, Change> changes) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder pair = JSON.createObjectBuilder();
            add(pair, "before", change.before());
            add(pair, "after", change.after());
            object.add(field, pair);
        });
        return object.build().toString();
    }

    private static Map<String, Object> values(CustomerData d) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (d == null) {
            return values;
        }
        values.put("type", name(d.type()));
        values.put("name", d.name());
        values.put("phones", d.phones());
        values.put("emails", d.emails());
        values.put("wechatId", d.wechatId());
        values.put("addresses", d.addresses());
        values.put("gender", name(d.gender()));
        values.put("birthday", d.birthday() == null ? null : d.birthday().toString());
        values.put("occupation", d.occupation());
        values.put("region", d.region());
        values.put("city", d.city());
        values.put("source", name(d.source()));
        values.put("tags", d.tags());
        values.put("interests", d.interests());
        for (ConsentChannel channel : ConsentChannel.values()) {
            values.put("consents." + channel.name(), d.consents().get(channel));
        }
        values.put("ownerId", d.ownerId());
        values.put("teamId", d.teamId());
        values.put("tier", name(d.tier()));
        values.put("externalId", d.externalId());
        return values;
    }

    /** A custom value as JSON shows it, masked as a caller without customer:pii:read sees it when personal. */
    private static Object auditable(Object value, boolean personal) {
        if (value == null) {
            return null;
        }
        Object shown = personal ? CustomValues.masked(value) : value;
        if (shown instanceof java.time.LocalDate d) {
            return d.toString();
        }
        if (shown instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return shown;
    }

    private static Object masked(String field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "phones" -> strings(value).stream().map(PiiMasker::phone).toList();
            case "emails" -> strings(value).stream().map(PiiMasker::email).toList();
            case "wechatId" -> PiiMasker.text((String) value);
            case "addresses" ->
                addresses(value).stream().map(a -> a.masked().line()).toList();
            case "birthday" -> MASKED_DATE;
            default -> value;
        };
    }

    private static void add(JsonObjectBuilder pair, String key, Object value) {
        if (value == null) {
            pair.addNull(key);
        } else if (value instanceof String s) {
            pair.add(key, capped(s));
        } else if (value instanceof Boolean b) {
            pair.add(key, b);
        } else if (value instanceof Number n) {
            pair.add(key, new BigDecimal(n.toString()));
        } else {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            strings(value).forEach(s -> array.add(capped(s)));
            pair.add(key, array);
        }
    }

    /** Free text (a note, a follow-up) as the trail keeps it: phone numbers and emails masked, long texts cut. */
    public static String forTrail(String text) {
        return text == null ? null : capped(PiiMasker.inText(text));
    }

    private static String capped(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH)) + "…";
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof List<?> list && list.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Address> addresses(Object value) {
        return (List<Address>) value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
