package io.crm.segment;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.TimeRanges;
import io.crm.common.Violation;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.customfield.CustomCriterion;
import io.crm.customfield.CustomFieldDefinition;
import io.crm.customfield.CustomFieldSet;
import io.crm.followup.FollowUpStatus;
import io.crm.interaction.InteractionTypes;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A segment's rules: {@code match} ALL or ANY of up to 20 conditions, each on one field of the customer, within the
 * limits below.
 * <ul>
 * <li>{@code tier}, {@code lifecycleStage}, {@code membershipLevel} (level codes; customers without a level never
 * match), {@code region}, {@code city}: {@code "in": [...]} (one of the values);
 * {@code tags}, {@code interests}: {@code "in": [...]} (has any of them); {@code npsCategory}: {@code "in": [...]} of PROMOTER,
 * PASSIVE, DETRACTOR, the category of the customer's latest NPS answer (customers who never answered never
 * match).</li>
 * <li>{@code recency}, {@code frequency}, {@code monetary}: {@code "min"} and/or {@code "max"}, scores 1-5 inclusive;
 * customers not scored yet never match.</li>
 * <li>{@code lastPurchaseAt}, {@code lastFollowUpAt} (the latest follow-up marked DONE), {@code createdAt}: any of
 * {@code "after"} (at or after an instant), {@code "before"} (strictly before), {@code "withinDays"} (in the last N
 * days, at evaluation) and {@code "olderThanDays"} (more than N days ago); customers without a purchase or a done
 * follow-up never match a condition on it; {@code lastActivityAt} (the latest interaction) likewise.</li>
 * <li>{@code interactions}: {@code "type"} (one of the deployment's interaction types), {@code "atLeast"} N times
 * {@code "withinDays"} D: the customer did it at least N times in the last D days, at evaluation.</li>
 * <li>{@code custom.<key>} (a custom field): {@code "in": [...]} (the value is one of them; a multi-enum: has one of
 * them) and/or {@code "gte"}, {@code "lte"} (number, decimal, date; inclusive), as the list's filter
 * ({@link CustomCriterion}); a personal field on {@code in} only. Checked against the fields defined when the segment
 * is written and when it is evaluated.</li>
 * </ul>
 */
public record SegmentRules(Match match, List<Condition> conditions) {

    public enum Match {
        ALL,
        ANY
    }

    // What one segment may cost, all in one place (docs/security.md lists them). Every value of a list is a term of
    // the query, a tag an EXISTS of its own, an NPS category or a done follow-up a correlated subquery per customer.
    /** Conditions in one segment. */
    public static final int MAX_CONDITIONS = 20;
    /** Values in one condition's {@code in} list. */
    public static final int MAX_VALUES = 100;
    /** Values in all the {@code in} lists of a segment together. */
    public static final int MAX_TOTAL_VALUES = 200;
    /** Conditions that need a subquery per customer: {@code npsCategory}, {@code lastFollowUpAt}, {@code interactions}. */
    public static final int MAX_SUBQUERY_CONDITIONS = 4;
    /** Characters in one value of a list. */
    public static final int MAX_VALUE_LENGTH = 200;
    /** Characters of the rules as stored (normalized JSON); the column holds 20,000. */
    public static final int MAX_RULES_LENGTH = 16_000;
    /** Days back in withinDays and olderThanDays: a hundred years. */
    public static final int MAX_DAYS = 36_500;
    /** Times in an interactions condition's atLeast. */
    public static final int MAX_INTERACTION_COUNT = 100_000;

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> AMONG =
            Set.of("tier", "lifecycleStage", "membershipLevel", "region", "city", "tags", "interests", "npsCategory");
    private static final List<String> NPS_CATEGORIES = List.of("PROMOTER", "PASSIVE", "DETRACTOR");
    private static final Set<String> SCORES = Set.of("recency", "frequency", "monetary");
    private static final Set<String> TIMES = Set.of("lastPurchaseAt", "lastFollowUpAt", "lastActivityAt", "createdAt");
    private static final List<String> FIELDS = List.of(
            "tier",
            "lifecycleStage",
            "tags",
            "region",
            "city",
            "recency",
            "frequency",
            "monetary",
            "lastPurchaseAt",
            "lastFollowUpAt",
            "createdAt",
            "npsCategory",
            "lastActivityAt",
            "interactions",
            "membershipLevel",
            "interests");

    /** One condition: a field and its bounds, already validated. */
    public sealed interface Condition permits Among, ScoreRange, TimeRange, InteractionCount, CustomValue {
        String field();
    }

    /** The field has one of the values (for tags and interests: the customer has one of them). */
    public record Among(String field, Set<String> values) implements Condition {}

    /** The score is within [min, max]; a null bound is open. */
    public record ScoreRange(String field, Integer min, Integer max) implements Condition {}

    /** The time is within all the given bounds; null bounds are open. */
    public record TimeRange(String field, Instant after, Instant before, Integer withinDays, Integer olderThanDays)
            implements Condition {}

    /** The customer did the interaction of this type at least atLeast times in the last withinDays days. */
    public record InteractionCount(String field, String type, int atLeast, int withinDays) implements Condition {}

    /** The customer's value of a custom field meets the criterion. */
    public record CustomValue(String field, CustomCriterion criterion) implements Condition {}

    public SegmentRules {
        conditions = List.copyOf(conditions);
    }

    /** Reads rules strictly: every problem is reported at once, with the path of the offending value. */
    public static SegmentRules parse(JsonValue value) {
        List<Violation> violations = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("rules", "must be an object with match and conditions");
        }
        JsonObject json = value.asJsonObject();
        for (String key : json.keySet()) {
            if (!key.equals("match") && !key.equals("conditions")) {
                violations.add(new Violation("rules." + key, "is not a part of segment rules (match, conditions)"));
            }
        }
        Match match = Match.ALL;
        JsonValue m = json.get("match");
        if (m != null && m.getValueType() != JsonValue.ValueType.NULL) {
            String text = m instanceof JsonString s ? s.getString() : null;
            if ("ALL".equals(text) || "ANY".equals(text)) {
                match = Match.valueOf(text);
            } else {
                violations.add(new Violation("rules.match", "must be ALL or ANY"));
            }
        }
        List<Condition> conditions = new ArrayList<>();
        JsonValue c = json.get("conditions");
        if (!(c instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_CONDITIONS) {
            violations.add(
                    new Violation("rules.conditions", "must be a list of 1 to " + MAX_CONDITIONS + " conditions"));
        } else {
            for (int i = 0; i < array.size(); i++) {
                Condition condition = condition("rules.conditions[" + i + "]", array.get(i), violations);
                if (condition != null) {
                    conditions.add(condition);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SegmentRules(match, conditions);
    }

    /**
     * What breaks the limits on a whole segment, past those of each condition that {@link #parse} checks. Checked
     * when a segment is written: rules stored before these limits still evaluate (under the statement timeout), and
     * the next change must bring them within.
     */
    List<Violation> beyondLimits() {
        List<Violation> violations = new ArrayList<>();
        int values = 0;
        int subqueries = 0;
        for (Condition condition : conditions) {
            if (condition instanceof Among a) {
                values += a.values().size();
            }
            if (condition instanceof CustomValue v) {
                values += v.criterion().in().size();
            }
            if (condition.field().equals("npsCategory")
                    || condition.field().equals("lastFollowUpAt")
                    || condition instanceof InteractionCount) {
                subqueries++;
            }
            if (condition instanceof InteractionCount n
                    && !InteractionTypes.configured().contains(n.type())) {
                violations.add(new Violation(
                        "rules.conditions",
                        "name interaction types among " + InteractionTypes.configured() + ", not " + n.type()));
            }
        }
        if (values > MAX_TOTAL_VALUES) {
            violations.add(new Violation(
                    "rules.conditions",
                    "must have at most " + MAX_TOTAL_VALUES + " values in all their lists together, not " + values));
        }
        if (subqueries > MAX_SUBQUERY_CONDITIONS) {
            violations.add(new Violation(
                    "rules.conditions",
                    "must have at most " + MAX_SUBQUERY_CONDITIONS
                            + " conditions on npsCategory, lastFollowUpAt and interactions together, not "
                            + subqueries));
        }
        int length = toJson().toString().length();
        if (length > MAX_RULES_LENGTH) {
            violations.add(new Violation(
                    "rules", "must be at most " + MAX_RULES_LENGTH + " characters as JSON, not " + length));
        }
        return violations;
    }

    private static Condition condition(String path, JsonValue value, List<Violation> violations) {
        if (!(value instanceof JsonObject json)) {
            violations.add(new Violation(path, "must be an object with a field"));
            return null;
        }
        String field = json.get("field") instanceof JsonString s ? s.getString() : null;
        if (field != null && field.startsWith(CustomCriterion.PREFIX)) {
            return custom(path, field, json, violations);
        }
        if (field == null || !FIELDS.contains(field)) {
            violations.add(new Violation(path + ".field", "must be one of " + FIELDS + " or custom.<key>"));
            return null;
        }
        int before = violations.size();
        Condition condition;
        if (AMONG.contains(field)) {
            allowOnly(path, json, Set.of("field", "in"), violations);
            condition = new Among(field, values(path + ".in", field, json.get("in"), violations));
        } else if (SCORES.contains(field)) {
            allowOnly(path, json, Set.of("field", "min", "max"), violations);
            Integer min = whole(path + ".min", json.get("min"), 1, 5, violations);
            Integer max = whole(path + ".max", json.get("max"), 1, 5, violations);
            if (min == null && max == null && violations.size() == before) {
                violations.add(new Violation(path, "needs min or max"));
            } else if (min != null && max != null && min > max) {
                violations.add(new Violation(path + ".max", "must not be less than min"));
            }
            condition = new ScoreRange(field, min, max);
        } else if (field.equals("interactions")) {
            allowOnly(path, json, Set.of("field", "type", "atLeast", "withinDays"), violations);
            String type = json.get("type") instanceof JsonString t ? t.getString() : null;
            if (type == null || !InteractionTypes.NAME.matcher(type).matches()) {
                violations.add(new Violation(path + ".type", "must be an interaction type such as PAGE_VIEW"));
            }
            Integer atLeast = required(path + ".atLeast", json.get("atLeast"), MAX_INTERACTION_COUNT, violations);
            Integer within = required(path + ".withinDays", json.get("withinDays"), MAX_DAYS, violations);
            condition = violations.size() == before ? new InteractionCount(field, type, atLeast, within) : null;
        } else {
            allowOnly(path, json, Set.of("field", "after", "before", "withinDays", "olderThanDays"), violations);
            Instant after = instant(path + ".after", json.get("after"), violations);
            Instant beforeTime = instant(path + ".before", json.get("before"), violations);
            Integer within = whole(path + ".withinDays", json.get("withinDays"), 1, MAX_DAYS, violations);
            Integer older = whole(path + ".olderThanDays", json.get("olderThanDays"), 1, MAX_DAYS, violations);
            if (after == null && beforeTime == null && within == null && older == null && violations.size() == before) {
                violations.add(new Violation(path, "needs after, before, withinDays or olderThanDays"));
            } else if (after != null && beforeTime != null && !after.isBefore(beforeTime)) {
                violations.add(new Violation(path + ".before", "must be later than after"));
            } else if (within != null && older != null && older >= within) {
                violations.add(
                        new Violation(path + ".olderThanDays", "must be fewer than withinDays, or nothing matches"));
            }
            condition = new TimeRange(field, after, beforeTime, within, older);
        }
        return violations.size() == before ? condition : null;
    }

    private static Condition custom(String path, String field, JsonObject json, List<Violation> violations) {
        int before = violations.size();
        String key = field.substring(CustomCriterion.PREFIX.length());
        if (!CustomFieldDefinition.KEY.matcher(key).matches()) {
            violations.add(new Violation(path + ".field", "must be custom.<key> with a custom field's key"));
        }
        allowOnly(path, json, Set.of("field", "in", "gte", "lte"), violations);
        List<String> in = new ArrayList<>();
        JsonValue list = json.get("in");
        if (list != null && list != JsonValue.NULL) {
            if (!(list instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_VALUES) {
                violations.add(new Violation(path + ".in", "must be a list of 1 to " + MAX_VALUES + " values"));
            } else {
                for (int i = 0; i < array.size(); i++) {
                    String v = scalar(array.get(i));
                    if (v == null || v.isBlank() || v.length() > MAX_VALUE_LENGTH) {
                        violations.add(new Violation(
                                path + ".in[" + i + "]",
                                "must be a string, number or boolean of at most " + MAX_VALUE_LENGTH + " characters"));
                    } else {
                        in.add(v.strip());
                    }
                }
            }
        }
        String gte = bound(path + ".gte", json.get("gte"), violations);
        String lte = bound(path + ".lte", json.get("lte"), violations);
        if (list == null && gte == null && lte == null && violations.size() == before) {
            violations.add(new Violation(path, "needs in, gte or lte"));
        }
        return violations.size() == before
                ? new CustomValue(field, new CustomCriterion(key, List.copyOf(new LinkedHashSet<>(in)), gte, lte))
                : null;
    }

    private static String bound(String path, JsonValue value, List<Violation> violations) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text = value instanceof JsonString || value instanceof JsonNumber ? scalar(value) : null;
        if (text == null || text.isBlank() || text.length() > MAX_VALUE_LENGTH) {
            violations.add(new Violation(path, "must be a number or a date (yyyy-mm-dd)"));
            return null;
        }
        return text.strip();
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Boolean.toString(value == JsonValue.TRUE);
        }
        return null;
    }

    private static void allowOnly(String path, JsonObject json, Set<String> allowed, List<Violation> violations) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                violations.add(new Violation(
                        path + "." + key,
                        "is not a part of a condition on " + json.getString("field") + " ("
                                + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static Set<String> values(String path, String field, JsonValue value, List<Violation> violations) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_VALUES) {
            violations.add(new Violation(path, "must be a list of 1 to " + MAX_VALUES + " values"));
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String text = array.get(i) instanceof JsonString s ? s.getString().strip() : null;
            if (text == null || text.isEmpty() || text.length() > MAX_VALUE_LENGTH) {
                violations.add(new Violation(
                        path + "[" + i + "]", "must be a text of 1 to " + MAX_VALUE_LENGTH + " characters"));
            } else if (field.equals("tier") && !names(Tier.values()).contains(text)) {
                violations.add(new Violation(path + "[" + i + "]", "must be one of " + names(Tier.values())));
            } else if (field.equals("lifecycleStage")
                    && !names(LifecycleStage.values()).contains(text)) {
                violations.add(new Violation(path + "[" + i + "]", "must be one of " + names(LifecycleStage.values())));
            } else if (field.equals("npsCategory") && !NPS_CATEGORIES.contains(text)) {
                violations.add(new Violation(path + "[" + i + "]", "must be one of " + NPS_CATEGORIES));
            } else {
                values.add(text);
            }
        }
        return values;
    }

    private static Integer required(String path, JsonValue value, int max, List<Violation> violations) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            violations.add(new Violation(path, "is required"));
            return null;
        }
        return whole(path, value, 1, max, violations);
    }

    private static Integer whole(String path, JsonValue value, int min, int max, List<Violation> violations) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n)
                || !n.isIntegral()
                || n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || n.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new Violation(path, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return n.intValue();
    }

    private static Instant instant(String path, JsonValue value, List<Violation> violations) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonString s) {
                return TimeRanges.filter(path, Instant.parse(s.getString()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
        violations.add(new Violation(path, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z"));
        return null;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The rules as stored and shown: the same shape as they were given, normalized. */
    public JsonObject toJson() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Condition c : conditions) {
            JsonObjectBuilder b = JSON.createObjectBuilder().add("field", c.field());
            if (c instanceof Among a) {
                b.add("in", JSON.createArrayBuilder(List.copyOf(a.values())));
            } else if (c instanceof ScoreRange r) {
                addIfSet(b, "min", r.min());
                addIfSet(b, "max", r.max());
            } else if (c instanceof CustomValue v) {
                if (!v.criterion().in().isEmpty()) {
                    b.add("in", JSON.createArrayBuilder(v.criterion().in()));
                }
                if (v.criterion().gte() != null) {
                    b.add("gte", v.criterion().gte());
                }
                if (v.criterion().lte() != null) {
                    b.add("lte", v.criterion().lte());
                }
            } else if (c instanceof InteractionCount n) {
                b.add("type", n.type()).add("atLeast", n.atLeast()).add("withinDays", n.withinDays());
            } else if (c instanceof TimeRange t) {
                if (t.after() != null) {
                    b.add("after", t.after().toString());
                }
                if (t.before() != null) {
                    b.add("before", t.before().toString());
                }
                addIfSet(b, "withinDays", t.withinDays());
                addIfSet(b, "olderThanDays", t.olderThanDays());
            }
            list.add(b);
        }
        return JSON.createObjectBuilder()
                .add("match", match.name())
                .add("conditions", list)
                .build();
    }

    private static void addIfSet(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    /** Whether the rules pick customers by how they answered surveys, which is personal data. */
    public boolean readsAnswers() {
        return conditions.stream()
                .anyMatch(c -> c instanceof Among a && a.field().equals("npsCategory"));
    }

    /** The rules as a JPQL condition over the customer alias {@code c}, with relative days counted back from now. */
    public JpqlCondition toCondition(Instant now) {
        return toCondition(now, CustomFieldSet.NONE);
    }

    /**
     * As {@link #toCondition(Instant)}, with the custom fields defined now: a condition on a field no longer defined,
     * or that its field can no longer answer, is a 400 naming it.
     */
    public JpqlCondition toCondition(Instant now, CustomFieldSet fields) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> parts = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i) instanceof CustomValue v) {
                try {
                    JpqlCondition custom = v.criterion().toCondition(fields, "seg" + i + "_");
                    parts.add("(" + custom.jpql() + ")");
                    parameters.putAll(custom.parameters());
                } catch (InvalidInputException refused) {
                    int at = i;
                    refused.violations()
                            .forEach(x -> violations.add(
                                    new Violation("rules.conditions[" + at + "]." + x.field(), x.message())));
                }
                continue;
            }
            parts.add("(" + jpql(conditions.get(i), "seg" + i + "_", now, parameters) + ")");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new JpqlCondition("(" + String.join(match == Match.ALL ? " AND " : " OR ", parts) + ")", parameters);
    }

    private static String jpql(Condition condition, String p, Instant now, Map<String, Object> parameters) {
        if (condition instanceof Among a
                && (a.field().equals("tags") || a.field().equals("interests"))) {
            List<String> any = new ArrayList<>();
            int j = 0;
            for (String label : a.values()) {
                parameters.put(p + j, label);
                any.add(":" + p + j++ + " MEMBER OF c." + a.field());
            }
            return String.join(" OR ", any);
        }
        if (condition instanceof Among a && a.field().equals("npsCategory")) {
            return npsCategory(a);
        }
        if (condition instanceof Among a) {
            parameters.put(
                    p + "in",
                    switch (a.field()) {
                        case "tier" -> a.values().stream().map(Tier::valueOf).toList();
                        case "lifecycleStage" ->
                            a.values().stream().map(LifecycleStage::valueOf).toList();
                        default -> List.copyOf(a.values());
                    });
            return "c." + a.field() + " IN :" + p + "in";
        }
        if (condition instanceof ScoreRange r) {
            List<String> bounds = new ArrayList<>();
            if (r.min() != null) {
                parameters.put(p + "min", r.min());
                bounds.add("c.rfm." + r.field() + " >= :" + p + "min");
            }
            if (r.max() != null) {
                parameters.put(p + "max", r.max());
                bounds.add("c.rfm." + r.field() + " <= :" + p + "max");
            }
            return String.join(" AND ", bounds);
        }
        if (condition instanceof InteractionCount n) {
            parameters.put(p + "type", n.type());
            parameters.put(
                    p + "since", now.minus(Duration.ofDays(n.withinDays())).atOffset(ZoneOffset.UTC));
            parameters.put(p + "n", (long) n.atLeast());
            return "(SELECT COUNT(i) FROM Interaction i WHERE i.customerId = c.id AND i.type = :" + p + "type"
                    + " AND i.occurredAt >= :" + p + "since) >= :" + p + "n";
        }
        return timeRange((TimeRange) condition, p, now, parameters);
    }

    /**
     * The category of the customer's latest answer to any NPS survey (the latest by answer time): promoter 9-10,
     * passive 7-8, detractor 0-6.
     */
    private static String npsCategory(Among a) {
        String nps = "SELECT s.id FROM Survey s WHERE s.type = io.crm.survey.SurveyType.NPS";
        List<String> ranges = new ArrayList<>();
        for (String category : a.values()) {
            ranges.add(
                    switch (category) {
                        case "PROMOTER" -> "r.score >= 9";
                        case "PASSIVE" -> "(r.score >= 7 AND r.score <= 8)";
                        default -> "r.score <= 6";
                    });
        }
        return "EXISTS (SELECT r FROM SurveyAnswer r WHERE r.customerId = c.id AND r.surveyId IN (" + nps + ")"
                + " AND r.respondedAt = (SELECT MAX(r2.respondedAt) FROM SurveyAnswer r2 WHERE r2.customerId = c.id"
                + " AND r2.surveyId IN (" + nps + ")) AND (" + String.join(" OR ", ranges) + "))";
    }

    private static String timeRange(TimeRange t, String p, Instant now, Map<String, Object> parameters) {
        Instant atOrAfter =
                latest(t.after(), t.withinDays() == null ? null : now.minus(Duration.ofDays(t.withinDays())));
        Instant before =
                earliest(t.before(), t.olderThanDays() == null ? null : now.minus(Duration.ofDays(t.olderThanDays())));
        if (t.field().equals("lastFollowUpAt")) {
            parameters.put(p + "done", FollowUpStatus.DONE);
            String done = "SELECT f FROM FollowUp f WHERE f.customerId = c.id AND f.status = :" + p + "done";
            List<String> parts = new ArrayList<>();
            if (atOrAfter != null) {
                parameters.put(p + "after", atOrAfter.atOffset(ZoneOffset.UTC));
                parts.add("EXISTS (" + done + " AND f.completedAt >= :" + p + "after)");
            } else {
                parts.add("EXISTS (" + done + ")");
            }
            if (before != null) {
                parameters.put(p + "before", before.atOffset(ZoneOffset.UTC));
                parts.add("NOT EXISTS (" + done + " AND f.completedAt >= :" + p + "before)");
            }
            return String.join(" AND ", parts);
        }
        String path = switch (t.field()) {
            case "lastPurchaseAt" -> "c.rfm.lastPurchaseAt";
            case "lastActivityAt" -> "c.lastActivityAt";
            default -> "c.createdAt";
        };
        List<String> parts = new ArrayList<>();
        if (atOrAfter != null) {
            parameters.put(p + "after", atOrAfter.atOffset(ZoneOffset.UTC));
            parts.add(path + " >= :" + p + "after");
        }
        if (before != null) {
            parameters.put(p + "before", before.atOffset(ZoneOffset.UTC));
            parts.add(path + " < :" + p + "before");
        }
        return String.join(" AND ", parts);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
