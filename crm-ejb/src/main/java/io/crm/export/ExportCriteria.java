package io.crm.export;

import io.crm.customer.CustomerFilter;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.customfield.CustomCriterion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which customers an export takes: the customer list's filters and, optionally, a segment's rules on top. Kept with
 * the export as JSON, so that a restart of the job reads the same criteria.
 */
public record ExportCriteria(CustomerFilter filter, Long segmentId) {

    public ExportCriteria {
        filter = filter == null ? CustomerFilter.none() : filter;
    }

    /** The criteria by name, as the audit trail and the export's JSON show them; absent ones are left out. */
    public Map<String, String> named() {
        Map<String, String> named = new LinkedHashMap<>();
        put(named, "tier", filter.tier());
        put(named, "lifecycleStage", filter.lifecycleStage());
        put(named, "ownerId", filter.ownerId());
        put(named, "teamId", filter.teamId());
        put(named, "tag", filter.tag());
        put(named, "interest", filter.interest());
        put(named, "region", filter.region());
        put(named, "city", filter.city());
        put(named, "q", filter.namePrefix());
        put(named, "updatedSince", filter.updatedSince());
        put(named, "externalId", filter.externalId());
        for (CustomCriterion c : filter.custom()) {
            if (!c.in().isEmpty()) {
                named.put(c.path(), String.join(",", c.in()));
            }
            put(named, c.path() + ".gte", c.gte());
            put(named, c.path() + ".lte", c.lte());
        }
        put(named, "segmentId", segmentId);
        return named;
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        named().forEach(json::add);
        return json.build().toString();
    }

    static ExportCriteria fromJson(String stored) {
        JsonObject json = Json.createReader(new StringReader(stored)).readObject();
        String tier = json.getString("tier", null);
        String stage = json.getString("lifecycleStage", null);
        String since = json.getString("updatedSince", null);
        String segment = json.getString("segmentId", null);
        Map<String, List<String>> custom = new LinkedHashMap<>();
        json.keySet().stream()
                .filter(k -> k.startsWith(CustomCriterion.PREFIX))
                .forEach(k -> custom.put(k, List.of(json.getString(k))));
        return new ExportCriteria(
                new CustomerFilter(
                        tier == null ? null : Tier.valueOf(tier),
                        stage == null ? null : LifecycleStage.valueOf(stage),
                        json.getString("ownerId", null),
                        json.getString("teamId", null),
                        json.getString("tag", null),
                        json.getString("interest", null),
                        json.getString("region", null),
                        json.getString("city", null),
                        json.getString("q", null),
                        since == null ? null : Instant.parse(since),
                        json.getString("externalId", null),
                        CustomCriterion.parse(custom)),
                segment == null ? null : Long.valueOf(segment));
    }

    private static void put(Map<String, String> named, String name, Object value) {
        if (value != null) {
            named.put(name, value.toString());
        }
    }
}
