package io.crm.customfield;

import io.crm.common.ConflictException;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reads and writes customers' custom values: a row per value (a multi-enum, a row per chosen value), with the text
 * equality matches on, the number or date ranges run on, and, for a personal field, the value sealed and the text
 * replaced by its blind index.
 */
public final class CustomValueStore {

    /**
     * How long the definitions read are kept: every customer read and write needs them, and they change rarely. A
     * change made here applies to this instance's next request ({@link #forget}); other instances of a cluster see
     * it within this time, as with the permissions cache.
     */
    static final long KEEP_NANOS = 1_000_000_000L;

    private record Kept(CustomFieldSet fields, long readAt) {}

    /** By persistence unit (tests open several databases in one JVM). */
    private static final Map<Object, Kept> KEPT = new java.util.concurrent.ConcurrentHashMap<>();

    private CustomValueStore() {}

    /** The custom fields defined now (as read at most a second ago). */
    public static CustomFieldSet fields(EntityManager em) {
        Object unit = em.getEntityManagerFactory();
        Kept kept = KEPT.get(unit);
        long now = System.nanoTime();
        if (kept != null && now - kept.readAt() < KEEP_NANOS) {
            return kept.fields();
        }
        List<CustomField> all = em.createQuery("SELECT f FROM CustomField f", CustomField.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList();
        CustomFieldSet fields =
                CustomFieldSet.of(all.stream().map(CustomField::definition).toList());
        KEPT.put(unit, new Kept(fields, now));
        return fields;
    }

    /** Reads the definitions again on the next call: they changed. */
    static void forget(EntityManager em) {
        KEPT.remove(em.getEntityManagerFactory());
    }

    /** One customer's typed values of the fields defined; none: an empty map. */
    public static Map<String, Object> of(EntityManager em, long customerId, CustomFieldSet fields) {
        return of(em, List.of(customerId), fields).getOrDefault(customerId, Map.of());
    }

    /** The typed values of these customers, by customer; a customer without any is absent. */
    public static Map<Long, Map<String, Object>> of(
            EntityManager em, Collection<Long> customerIds, CustomFieldSet fields) {
        Map<Long, Map<String, Object>> values = new HashMap<>();
        if (customerIds.isEmpty() || fields.isEmpty()) {
            return values;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT v.customerId, v.fieldKey, v.textValue, v.sealedValue FROM CustomValueRow v"
                                + " WHERE v.customerId IN :ids ORDER BY v.customerId, v.fieldKey, v.id",
                        Object[].class)
                .setParameter("ids", customerIds)
                .getResultList();
        KeyRing ring = rows.isEmpty() ? null : PiiKeys.ring();
        Map<Long, Map<String, List<String>>> texts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CustomFieldDefinition field = fields.get((String) row[1]).orElse(null);
            if (field == null) {
                continue;
            }
            String text = row[3] != null ? ring.open((String) row[3]) : (String) row[2];
            texts.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                    .computeIfAbsent(field.key(), k -> new ArrayList<>())
                    .add(text);
        }
        texts.forEach((id, byKey) -> {
            Map<String, Object> typed = new TreeMap<>();
            byKey.forEach((key, list) ->
                    typed.put(key, CustomValues.fromTexts(fields.get(key).orElseThrow(), list)));
            values.put(id, typed);
        });
        return values;
    }

    /** Writes the values that changed: a changed field's rows are replaced. */
    public static void write(
            EntityManager em,
            long customerId,
            CustomFieldSet fields,
            Map<String, Object> before,
            Map<String, Object> after) {
        List<String> changed = CustomValues.changedKeys(before, after);
        if (changed.isEmpty()) {
            return;
        }
        KeyRing ring = PiiKeys.ring();
        for (String key : changed) {
            em.createNativeQuery("DELETE FROM customer_custom_value WHERE customer_id = ? AND field_key = ?")
                    .setParameter(1, customerId)
                    .setParameter(2, key)
                    .executeUpdate();
            Object value = after.get(key);
            CustomFieldDefinition field = fields.get(key).orElse(null);
            if (value == null || field == null) {
                continue;
            }
            for (String text : CustomValues.texts(value)) {
                String match = CustomValues.matchText(field, text, ring);
                try {
                    insert(em, customerId, key, field, value, text, match, ring);
                } catch (jakarta.persistence.PersistenceException e) {
                    if (field.unique() && uniqueViolation(e)) {
                        // another customer took the value between the check and this write
                        throw new ConflictException(
                                "Another customer holds this value of " + field.path() + ", which is unique.",
                                Map.of("field", field.path()));
                    }
                    throw e;
                }
            }
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void insert(
            EntityManager em,
            long customerId,
            String key,
            CustomFieldDefinition field,
            Object value,
            String text,
            String match,
            KeyRing ring) {
        em.createNativeQuery("INSERT INTO customer_custom_value (customer_id, field_key, text_value,"
                        + " number_value, date_value, sealed_value, unique_key) VALUES (?, ?, ?, CAST(? AS NUMERIC(38, 10)),"
                        + " CAST(? AS DATE), CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(500)))")
                .setParameter(1, customerId)
                .setParameter(2, key)
                .setParameter(3, match)
                .setParameter(
                        4,
                        !field.personal() && value instanceof Long n
                                ? BigDecimal.valueOf(n)
                                : !field.personal() && value instanceof BigDecimal d ? d : null)
                .setParameter(5, !field.personal() && value instanceof LocalDate d ? d : null)
                .setParameter(6, field.personal() ? ring.seal(text) : null)
                .setParameter(7, field.unique() ? match : null)
                .executeUpdate();
    }

    /**
     * A refusal when a unique field's new value is held by another customer (whoever it is: the answer names the
     * field, never the customer). {@code customerId} null: a customer not yet written.
     */
    public static Optional<ConflictException> clash(
            EntityManager em,
            CustomFieldSet fields,
            Long customerId,
            Map<String, Object> before,
            Map<String, Object> after) {
        KeyRing ring = null;
        for (String key : CustomValues.changedKeys(before, after)) {
            CustomFieldDefinition field = fields.get(key).orElse(null);
            Object value = after.get(key);
            if (field == null || !field.unique() || value == null) {
                continue;
            }
            ring = ring == null ? PiiKeys.ring() : ring;
            String match =
                    CustomValues.matchText(field, CustomValues.texts(value).get(0), ring);
            long held = em.createQuery(
                            "SELECT COUNT(v) FROM CustomValueRow v WHERE v.fieldKey = :k AND v.textValue = :t"
                                    + " AND v.customerId <> :id",
                            Long.class)
                    .setParameter("k", key)
                    .setParameter("t", match)
                    .setParameter("id", customerId == null ? -1L : customerId)
                    .getSingleResult();
            if (held > 0) {
                return Optional.of(new ConflictException(
                        "Another customer holds this value of " + field.path() + ", which is unique.",
                        Map.of("field", field.path())));
            }
        }
        return Optional.empty();
    }
}
