package io.crm.customfield;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.ConflictException;
import io.crm.common.ExpectedVersion;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Defining custom fields at run time (customfield:manage), and reading the definitions (customer:read: apps need to
 * know the fields). A change that the values stored would not survive is refused with the number of values in the
 * way: another type, a personal field made plain or the reverse, an enum value removed while customers hold it, a
 * field made unique while values repeat.
 */
@Stateless
public class CustomFieldService {

    static final String AUDITED = "customfield";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeLog changeLog;

    /** Creates or replaces the field's definition; {@code expectedVersion} null accepts any. */
    @Requires(Permission.CUSTOMFIELD_MANAGE)
    public PutOutcome put(CustomFieldDefinition definition, Long expectedVersion) {
        String actor = currentCaller.get().userId();
        OffsetDateTime now = Times.now();
        CustomField existing = em.find(CustomField.class, definition.key(), LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            if (expectedVersion != null) {
                throw new RecordNotFoundException("custom field", definition.key());
            }
            CustomField created = new CustomField(definition, now);
            em.persist(created);
            em.flush();
            CustomValueStore.forget(em);
            audit.recordWrite(actor, AuditAction.CREATE, AUDITED, definition.key(), changes(null, definition));
            return new PutOutcome(CustomFieldView.of(created), true);
        }
        ExpectedVersion.check("custom field", definition.key(), expectedVersion, existing.version());
        CustomFieldDefinition before = existing.definition();
        refuseBreakingChange(before, definition);
        if (definition.unique() != before.unique()) {
            em.createNativeQuery("UPDATE customer_custom_value SET unique_key = "
                            + (definition.unique() ? "text_value" : "NULL") + " WHERE field_key = ?")
                    .setParameter(1, definition.key())
                    .executeUpdate();
        }
        existing.apply(definition, now);
        ExpectedVersion.flush(em, "custom field", definition.key(), existing::version);
        CustomValueStore.forget(em);
        Map<String, Change> changes = changes(before, definition);
        if (!changes.isEmpty()) {
            audit.recordWrite(actor, AuditAction.UPDATE, AUDITED, definition.key(), changes);
        }
        return new PutOutcome(CustomFieldView.of(existing), false);
    }

    /** A definition and whether the call created it (201) or replaced one (200). */
    public record PutOutcome(CustomFieldView field, boolean created) {}

    private void refuseBreakingChange(CustomFieldDefinition before, CustomFieldDefinition after) {
        String key = after.key();
        if (before.type() != after.type() || before.personal() != after.personal()) {
            long held = count("SELECT COUNT(v) FROM CustomValueRow v WHERE v.fieldKey = :k", key, null);
            if (held > 0) {
                throw conflict(
                        after,
                        held,
                        before.type() != after.type()
                                ? "Customers hold " + held + " values of " + after.path() + " as a "
                                        + before.type().code() + "; clear them before changing its type."
                                : "Customers hold " + held + " values of " + after.path() + " stored as "
                                        + (before.personal() ? "personal" : "not personal")
                                        + " data; clear them before changing that.");
            }
        }
        if (before.type().enumerated() && before.type() == after.type()) {
            List<String> removed = new ArrayList<>(before.values());
            removed.removeAll(after.values());
            if (!removed.isEmpty()) {
                KeyRing ring = before.personal() ? PiiKeys.ring() : null;
                List<String> texts = removed.stream()
                        .map(v -> CustomValues.matchText(before, v, ring))
                        .toList();
                long held = count(
                        "SELECT COUNT(v) FROM CustomValueRow v WHERE v.fieldKey = :k AND v.textValue IN :t",
                        key,
                        texts);
                if (held > 0) {
                    throw conflict(
                            after,
                            held,
                            "Customers hold " + held + " values of " + after.path() + " among " + removed
                                    + "; change them before removing those values.");
                }
            }
        }
        if (after.unique() && !before.unique()) {
            Number repeated = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT text_value FROM"
                            + " customer_custom_value WHERE field_key = ? GROUP BY text_value HAVING COUNT(*) > 1) r")
                    .setParameter(1, key)
                    .getSingleResult();
            if (repeated.longValue() > 0) {
                throw conflict(
                        after,
                        repeated.longValue(),
                        repeated + " values of " + after.path()
                                + " are held by more than one customer; make them unique first.");
            }
        }
    }

    private long count(String jpql, String key, List<String> texts) {
        var query = em.createQuery(jpql, Long.class).setParameter("k", key);
        if (texts != null) {
            query.setParameter("t", texts);
        }
        return query.getSingleResult();
    }

    private static ConflictException conflict(CustomFieldDefinition field, long values, String message) {
        return new ConflictException(message, Map.of("field", field.path(), "values", values));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public CustomFieldView get(String key) {
        CustomField field = key == null ? null : em.find(CustomField.class, key);
        if (field == null) {
            throw new RecordNotFoundException("custom field", key);
        }
        return CustomFieldView.of(field);
    }

    /**
     * The custom fields an import's columns may fill ({@code custom.<key>}), each with whether a cell holds several
     * values separated by {@code ;} (a multi-enum). Definitions are no personal data.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by a user's import to map its columns and by the customer-import job, which runs as the system")
    public Map<String, Boolean> importColumns() {
        Map<String, Boolean> columns = new TreeMap<>();
        for (CustomFieldDefinition field : CustomValueStore.fields(em).all()) {
            columns.put(field.key(), field.type() == CustomFieldType.MULTI_ENUM);
        }
        return columns;
    }

    /** Every definition, in key order (there are few). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public List<CustomFieldView> list() {
        return em.createQuery("SELECT f FROM CustomField f ORDER BY f.key", CustomField.class).getResultList().stream()
                .map(CustomFieldView::of)
                .toList();
    }

    /**
     * Removes a field. While customers hold values of it, only with {@code dropValues}: the values are deleted
     * with it, each customer concerned gets a change in the change log (index and webhooks follow), and the audit
     * entry of the field says how many values went. Without it: 409 with the number of values.
     */
    @Requires(Permission.CUSTOMFIELD_MANAGE)
    public long delete(String key, Long expectedVersion, boolean dropValues) {
        String actor = currentCaller.get().userId();
        CustomField field = key == null ? null : em.find(CustomField.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (field == null) {
            throw new RecordNotFoundException("custom field", key);
        }
        ExpectedVersion.check("custom field", key, expectedVersion, field.version());
        CustomFieldDefinition definition = field.definition();
        long held = count("SELECT COUNT(v) FROM CustomValueRow v WHERE v.fieldKey = :k", key, null);
        if (held > 0 && !dropValues) {
            throw conflict(
                    definition,
                    held,
                    "Customers hold " + held + " values of " + definition.path()
                            + "; delete with dropValues=true to delete them with the field.");
        }
        List<Object[]> holders = held == 0
                ? List.of()
                : em.createQuery(
                                "SELECT DISTINCT c.id, c.ownerId, c.teamId FROM Customer c, CustomValueRow v"
                                        + " WHERE v.customerId = c.id AND v.fieldKey = :k",
                                Object[].class)
                        .setParameter("k", key)
                        .getResultList();
        em.createNativeQuery("DELETE FROM customer_custom_value WHERE field_key = ?")
                .setParameter(1, key)
                .executeUpdate();
        em.remove(field);
        em.flush();
        CustomValueStore.forget(em);
        Map<String, Change> changes = new LinkedHashMap<>(changes(definition, null));
        changes.put("valuesDeleted", new Change(held, null));
        audit.recordWrite(actor, AuditAction.DELETE, AUDITED, key, changes);
        for (Object[] h : holders) {
            long id = (Long) h[0];
            changeLog.record(
                    EntityType.CUSTOMER,
                    id,
                    ChangeKind.UPDATED,
                    actor,
                    ChangeFacts.ofCustomer(id, (String) h[1], (String) h[2], List.of(definition.path())));
        }
        return held;
    }

    private static Map<String, Change> changes(CustomFieldDefinition before, CustomFieldDefinition after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        put(changes, "label", before == null ? null : before.label(), after == null ? null : after.label());
        put(
                changes,
                "type",
                before == null ? null : before.type().code(),
                after == null ? null : after.type().code());
        put(changes, "values", before == null ? null : before.values(), after == null ? null : after.values());
        put(changes, "required", before == null ? null : before.required(), after == null ? null : after.required());
        put(changes, "personal", before == null ? null : before.personal(), after == null ? null : after.personal());
        put(changes, "unique", before == null ? null : before.unique(), after == null ? null : after.unique());
        return changes;
    }

    private static void put(Map<String, Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(before, after));
        }
    }
}
