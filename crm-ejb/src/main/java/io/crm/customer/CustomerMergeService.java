package io.crm.customer;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.AccessDeniedException;
import io.crm.common.ConflictException;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.common.Violation;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValueStore;
import io.crm.events.CustomerChanged;
import io.crm.events.CustomerDeleted;
import io.crm.events.CustomerMerged;
import io.crm.events.DomainEvents;
import io.crm.events.TierChanged;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a duplicate record of a customer into the survivor: everything that hangs off the duplicate moves over
 * (notes, follow-ups, purchases, shares, survey invitations and answers, tier and stage history, points), the fields
 * combine by {@link MergeRule}, the duplicate is removed and leaves a {@link CustomerMerge} behind. One transaction;
 * a retry of a merge already done answers with the survivor and changes nothing.
 */
@Stateless
public class CustomerMergeService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    /**
     * Needs customer:write of the survivor (scope or a write share) and the duplicate in the caller's own scope, as
     * deleting it would; records of different owners or teams need customer:reassign as well, since the duplicate's
     * records move to the survivor's owner.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public CustomerView merge(
            long survivorId,
            long duplicateId,
            Long expectedVersion,
            Long expectedDuplicateVersion,
            Map<String, String> fields) {
        Caller caller = currentCaller.get();
        MergeRule rule = MergeRule.of(fields);
        if (survivorId == duplicateId) {
            throw new InvalidInputException("duplicateId", "must be another customer than the survivor");
        }
        lockInIdOrder(survivorId, duplicateId);
        CustomerMerge done = em.find(CustomerMerge.class, duplicateId);
        if (done != null) {
            Customer survivor = Customers.writable(em, caller, survivorId, LockModeType.NONE);
            if (done.survivorId() != survivorId) {
                throw new RecordNotFoundException("customer", duplicateId);
            }
            return CustomerViews.of(em, caller, survivor);
        }
        // who may (the same answer whichever id is lower), then both entities locked and refreshed, the lower id first
        Customer survivor = Customers.writable(em, caller, survivorId, LockModeType.NONE);
        Customer duplicate;
        try {
            duplicate = Customers.inOwnScope(
                    em, caller, duplicateId, LockModeType.NONE, "A share does not let you merge the customer away.");
        } catch (RecordNotFoundException e) {
            CustomerMerge justNow = em.find(CustomerMerge.class, duplicateId);
            if (justNow != null && justNow.survivorId() == survivorId) {
                return unchanged(caller, survivor); // the same merge, committed a moment ago
            }
            throw e;
        }
        try {
            for (Customer c : survivorId < duplicateId ? List.of(survivor, duplicate) : List.of(duplicate, survivor)) {
                em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            }
        } catch (EntityNotFoundException | OptimisticLockException e) {
            throw new ConflictException(
                    "Another request merged or deleted one of these customers at the same moment; send it again.",
                    Map.of());
        }
        CustomerMerge meanwhile = em.find(CustomerMerge.class, duplicateId);
        if (meanwhile != null && meanwhile.survivorId() == survivorId) {
            return unchanged(caller, survivor); // the same merge, sent twice at once
        }
        if (meanwhile != null) {
            throw new RecordNotFoundException("customer", duplicateId);
        }
        ExpectedVersion.check("customer", survivorId, expectedVersion, survivor.version());
        ExpectedVersion.check("customer", duplicateId, expectedDuplicateVersion, duplicate.version());
        if ((!Objects.equals(survivor.ownerId(), duplicate.ownerId())
                        || !Objects.equals(survivor.teamId(), duplicate.teamId()))
                && !caller.has(Permission.CUSTOMER_REASSIGN)) {
            throw new AccessDeniedException("Merging customers of different owners or teams needs customer:reassign.");
        }
        CustomFieldSet customFields = CustomValueStore.fields(em);
        Map<String, Object> survivorCustom = CustomValueStore.of(em, survivorId, customFields);
        Map<String, Object> duplicateCustom = CustomValueStore.of(em, duplicateId, customFields);
        Map<String, Object> custom = rule.combineCustom(survivorCustom, duplicateCustom);
        CustomerData before = survivor.data().withCustom(survivorCustom);
        CustomerData duplicateBefore = duplicate.data().withCustom(duplicateCustom);
        CustomerData data = CustomerValidator.validate(rule.combine(before, duplicateBefore), today())
                .withCustom(custom);
        refuseCustomChoices(caller, rule, customFields, survivorCustom, custom);
        if (!caller.has(Permission.CUSTOMER_PII_READ)) {
            CustomerService.refusePersonalDataChange(before, data);
        }
        refuseClashes(survivorId, duplicateId);

        OffsetDateTime now = Times.now();
        moveRecords(survivorId, duplicateId);
        // the duplicate's values of the fields the survivor had none of moved with its records; then the choices
        CustomValueStore.write(
                em, survivorId, customFields, MergeRule.customByDefault(survivorCustom, duplicateCustom), custom);
        CustomFieldHistory.record(em, survivorId, customFields, survivorCustom, custom, caller.userId(), now);
        survivor.recountPurchases(em, now);
        Tier tierBefore = survivor.tier();
        survivor.apply(
                data,
                ContactPoints.blinded(ContactPoints.keys(data.phones(), data.emails()))
                        .keySet(),
                now);
        if (survivor.tier() != tierBefore) {
            CustomerHistoryService.recordManualTier(em, survivorId, tierBefore, survivor.tier(), caller.userId(), now);
        }
        em.lock(survivor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(new CustomerMerge(duplicate, survivorId, caller.userId(), now));
        em.remove(duplicate);
        ExpectedVersion.flush(em, "customer", survivorId, survivor::version);

        Map<String, Change> between = Changes.between(before, data, customFields::isPersonal);
        Map<String, Change> changes = new LinkedHashMap<>(between);
        changes.put("mergedFrom", new Change(null, Long.toString(duplicateId)));
        audit.recordWrite(
                caller.userId(), AuditAction.MERGE, CustomerService.AUDITED, Long.toString(survivorId), changes);
        Map<String, Change> removed =
                new LinkedHashMap<>(Changes.between(duplicateBefore, null, customFields::isPersonal));
        removed.put("mergedInto", new Change(null, Long.toString(survivorId)));
        audit.recordWrite(
                caller.userId(), AuditAction.DELETE, CustomerService.AUDITED, Long.toString(duplicateId), removed);
        changeLog.record(
                EntityType.CUSTOMER,
                duplicateId,
                ChangeKind.DELETED,
                caller.userId(),
                ChangeFacts.ofCustomer(duplicateId, duplicateBefore.ownerId(), duplicateBefore.teamId(), List.of()));
        List<String> changed = new ArrayList<>(between.keySet());
        if (survivor.tier() != tierBefore && !changed.contains("tier")) {
            changed.add("tier");
        }
        List<String> facts = new ArrayList<>(); // the merge first: stored facts are cut to the column's length
        facts.add(ChangeFacts.MERGED_FROM + duplicateId);
        facts.addAll(changed);
        changeLog.record(
                EntityType.CUSTOMER,
                survivorId,
                ChangeKind.UPDATED,
                caller.userId(),
                ChangeFacts.ofCustomer(survivorId, survivor.ownerId(), survivor.teamId(), facts));
        Instant at = now.toInstant();
        events.fire(new CustomerDeleted(
                duplicateId, duplicateBefore.ownerId(), duplicateBefore.teamId(), caller.userId(), at));
        if (!changed.isEmpty()) {
            events.fire(new CustomerChanged(survivorId, changed, caller.userId(), at));
        }
        if (survivor.tier() != tierBefore) {
            events.fire(new TierChanged(survivorId, tierBefore, survivor.tier(), caller.userId(), at));
        }
        events.fire(new CustomerMerged(survivorId, duplicateId, caller.userId(), at));
        return CustomerViews.of(em, caller, survivor);
    }

    /**
     * Both rows locked in the database, the lower id first, before anything is read: a merge of the same pair sent
     * twice at once waits for the first and then finds it done, whatever the database shows a reader in between.
     */
    private void lockInIdOrder(long survivorId, long duplicateId) {
        for (long id : new long[] {Math.min(survivorId, duplicateId), Math.max(survivorId, duplicateId)}) {
            em.createNativeQuery("SELECT id FROM customer WHERE id = ? FOR UPDATE")
                    .setParameter(1, id)
                    .getResultList();
        }
    }

    /**
     * The survivor as it is, after a merge found done by another request: nothing of this one's persistence context
     * is written (a row lock taken on the gone duplicate would fail the commit).
     */
    private CustomerView unchanged(Caller caller, Customer survivor) {
        CustomerView view = CustomerViews.of(em, caller, survivor);
        em.clear();
        return view;
    }

    /**
     * A choice must name a custom field there is; choosing another value of a personal one than the survivor's needs
     * customer:pii:read.
     */
    private static void refuseCustomChoices(
            Caller caller,
            MergeRule rule,
            CustomFieldSet fields,
            Map<String, Object> survivor,
            Map<String, Object> merged) {
        List<Violation> violations = new ArrayList<>();
        for (String key : rule.customKeys()) {
            String path = "fields." + MergeRule.CUSTOM + key;
            if (fields.get(key).isEmpty()) {
                violations.add(new Violation(path, "is not a custom field"));
            } else if (fields.isPersonal(key)
                    && !caller.has(Permission.CUSTOMER_PII_READ)
                    && !Objects.equals(survivor.get(key), merged.get(key))) {
                violations.add(new Violation(path, "you may not choose personal data (it needs customer:pii:read)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Purchases and points that each record counts once under the same key would count twice: the user decides. A
     * duplicate under legal hold is not merged away: its record must stay as it is.
     */
    private void refuseClashes(long survivorId, long duplicateId) {
        List<?> held = em.createNativeQuery(
                        "SELECT customer_id FROM customer_privacy WHERE customer_id = ? AND legal_hold = TRUE")
                .setParameter(1, duplicateId)
                .getResultList();
        if (!held.isEmpty()) {
            throw new ConflictException(
                    "Customer " + duplicateId + " is under legal hold and cannot be merged away until the hold is"
                            + " cleared.",
                    Map.of("legalHold", "true"));
        }
        List<?> purchases = em.createNativeQuery("SELECT d.external_id FROM purchase d JOIN purchase s"
                        + " ON s.external_id = d.external_id AND s.customer_id = ? WHERE d.customer_id = ?")
                .setParameter(1, survivorId)
                .setParameter(2, duplicateId)
                .setMaxResults(20)
                .getResultList();
        if (!purchases.isEmpty()) {
            throw new ConflictException(
                    "Both customers hold purchases with the same externalId; remove one of each pair first.",
                    Map.of(
                            "purchaseExternalIds",
                            String.join(
                                    ",", purchases.stream().map(String::valueOf).toList())));
        }
        List<?> points = em.createNativeQuery("SELECT d.source_key FROM points_entry d JOIN points_entry s"
                        + " ON s.source_key = d.source_key AND s.customer_id = ? WHERE d.customer_id = ?"
                        + " AND d.source_key NOT LIKE 'expiry:%'")
                .setParameter(1, survivorId)
                .setParameter(2, duplicateId)
                .setMaxResults(20)
                .getResultList();
        if (!points.isEmpty()) {
            throw new ConflictException(
                    "Both customers hold points entries for the same source (a redemption key); they would count twice.",
                    Map.of(
                            "pointsSources",
                            String.join(
                                    ",", points.stream().map(String::valueOf).toList())));
        }
    }

    private void moveRecords(long survivorId, long duplicateId) {
        for (String statement : MergedRecords.STATEMENTS) {
            em.createNativeQuery(statement)
                    .setParameter(1, survivorId)
                    .setParameter(2, duplicateId)
                    .executeUpdate();
        }
    }

    /** The survivor a merged customer went into, when the caller could read the merged one or can read that. */
    public static Long mergedInto(EntityManager em, Caller caller, long id) {
        CustomerMerge merge = em.find(CustomerMerge.class, id);
        if (merge == null) {
            return null;
        }
        if (VisibilityRule.canSee(caller, merge.duplicateOwnerId(), merge.duplicateTeamId())) {
            return merge.survivorId();
        }
        try {
            Customers.visibleForReading(em, caller, merge.survivorId());
            return merge.survivorId();
        } catch (RecordNotFoundException e) {
            return null;
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
