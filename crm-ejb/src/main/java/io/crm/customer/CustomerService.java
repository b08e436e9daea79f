package io.crm.customer;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.audit.ReadAudit;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.BulkWrites;
import io.crm.common.ConflictException;
import io.crm.common.CrmException;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.ItemOutcome;
import io.crm.common.JpqlCondition;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.QueryTimeout;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Text;
import io.crm.common.Times;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValueStore;
import io.crm.customfield.CustomValues;
import io.crm.directory.CrmUser;
import io.crm.directory.Directory;
import io.crm.events.CustomerChanged;
import io.crm.events.CustomerCreated;
import io.crm.events.CustomerDeleted;
import io.crm.events.DomainEvents;
import io.crm.events.TierChanged;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.VisibilityRule;
import io.crm.privacy.Suppressions;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The customer use cases: create, read, change, delete and list, each checked by the guard and limited to the
 * records the caller may see.
 */
@Stateless
public class CustomerService {

    static final String LIST = "customers";
    static final String AUDITED = "customer";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Directory directory;

    @Inject
    DuplicateDetector duplicates;

    @Inject
    Suppressions suppressions;

    @Inject
    AuditTrail audit;

    @Inject
    ReadAudit readAudit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Requires(Permission.CUSTOMER_WRITE)
    public CustomerView create(CustomerData raw, boolean allowDuplicate) {
        return insert(currentCaller.get(), raw, allowDuplicate, null, Writing.CALL, null);
    }

    /**
     * Creates or changes customers, each item as {@link #create} or {@link #update} (without an expected version)
     * would, in the order sent: an item whose externalId is a customer's already changes that customer (200) if the
     * caller may write it, and is otherwise refused as not found, never revealing whose it is; any other item is a new
     * customer (201). Every refusal is checked before anything of its item is written, so a refused item leaves the
     * transaction, and the items written before and after it, as they were. Items later in the batch see the
     * earlier ones: a second item with the phone of a first answers 409 naming it, a second with its externalId
     * changes it.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public List<ItemOutcome<CustomerView>> upsertAll(List<CustomerUpsert> items, boolean allowDuplicate) {
        BulkWrites.checkSize(items.size(), "customers");
        Caller caller = currentCaller.get();
        List<ItemOutcome<CustomerView>> outcomes = new ArrayList<>(items.size());
        for (CustomerUpsert item : items) {
            try {
                String externalId = Text.clean(item.externalId());
                Customer existing = byExternalId(caller, externalId);
                outcomes.add(
                        existing == null
                                ? ItemOutcome.created(insert(
                                        caller, item.asNew().get(), allowDuplicate, externalId, Writing.CALL, null))
                                : ItemOutcome.existing(
                                        change(caller, existing, item.asChange(), allowDuplicate, Writing.CALL)));
            } catch (CrmException refused) {
                outcomes.add(ItemOutcome.refused(refused));
            }
            BulkWrites.forgetWritten(em);
        }
        BulkWrites.ensureCommittable(transactions.getRollbackOnly(), outcomes);
        return outcomes;
    }

    /**
     * Takes the rows of a customer import in order, each as the caller would write it over POST /customers or as a
     * merge patch (the same reading, validation, duplicates, owner and team, audit, change log and events): a row that
     * matches a stored customer (by externalId, else by one of its phones, else by one of its emails, in the row's
     * order) is skipped, applied as a merge patch or created all the same, as {@code policy} says; any other is a new
     * customer. A match the caller may not see (or change, under UPDATE) is refused as the bulk route refuses it,
     * never named. Every refusal is decided before anything of its row is written, so the others go on in the same
     * transaction. {@code dryRun} checks every row and writes nothing. The chunk's externalIds, contact keys and
     * suppressions are read once for all its rows, and its writes go to the database together at its end.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public List<ImportedRow> importAll(List<CustomerImportItem> items, ImportPolicy policy, boolean dryRun) {
        Caller caller = currentCaller.get();
        ImportChunk chunk = new ImportChunk(em, duplicates, suppressions, items);
        List<ImportedRow> outcomes = new ArrayList<>(items.size());
        for (CustomerImportItem item : items) {
            try {
                outcomes.add(importOne(caller, item, policy, dryRun ? Writing.CHECK_ONLY : Writing.IMPORT, chunk));
            } catch (CrmException refused) {
                outcomes.add(ImportedRow.refused(refused));
            }
        }
        BulkWrites.forgetWritten(em);
        if (transactions.getRollbackOnly()
                && outcomes.stream().anyMatch(o -> o.result() != ImportedRow.Result.FAILED)) {
            throw new IllegalStateException("The import chunk's transaction was marked for rollback");
        }
        return outcomes;
    }

    private ImportedRow importOne(
            Caller caller, CustomerImportItem item, ImportPolicy policy, Writing write, ImportChunk chunk) {
        String externalId = Text.clean(item.externalId());
        Long byExternalId = externalId == null ? null : chunk.byExternalId(externalId);
        Map.Entry<String, Long> byContact = byExternalId != null ? null : contactMatch(item, chunk);
        if (byExternalId == null && byContact == null) {
            return ImportedRow.of(
                    ImportedRow.Result.CREATED,
                    insert(caller, item.asNew().get(), policy == ImportPolicy.CREATE, externalId, write, chunk));
        }
        long matchId = byExternalId != null ? byExternalId : byContact.getValue();
        CrmException hidden = byExternalId != null
                ? new RecordNotFoundException("customer with externalId", externalId)
                : DuplicateDetector.conflict(matchId, false, byContact.getKey());
        switch (policy) {
            case SKIP -> {
                try {
                    Customers.visibleForReading(em, caller, matchId);
                } catch (RecordNotFoundException notVisible) {
                    throw hidden;
                }
                return new ImportedRow(ImportedRow.Result.SKIPPED, matchId, null);
            }
            case UPDATE -> {
                Customer customer;
                try {
                    customer = Customers.writable(em, caller, matchId, LockModeType.NONE);
                } catch (RecordNotFoundException notVisible) {
                    throw hidden;
                }
                chunk.changed();
                change(caller, customer, item.asChange(), false, write);
                return new ImportedRow(ImportedRow.Result.UPDATED, matchId, null);
            }
            default -> {
                if (byExternalId != null) {
                    refuse(duplicates.externalIdClash(caller, externalId, null));
                }
                return ImportedRow.of(
                        ImportedRow.Result.CREATED, insert(caller, item.asNew().get(), true, externalId, write, chunk));
            }
        }
    }

    /** The first of the row's phones, then emails, that a stored customer carries: its clear key and that customer. */
    private static Map.Entry<String, Long> contactMatch(CustomerImportItem item, ImportChunk chunk) {
        Map<String, String> blinded = chunk.keys(item);
        Map<String, Long> holders = chunk.holders(blinded.keySet());
        for (Map.Entry<String, String> key : blinded.entrySet()) {
            Long holder = holders.get(key.getKey());
            if (holder != null) {
                return Map.entry(key.getValue(), holder);
            }
        }
        return null;
    }

    /**
     * The customer that carries the externalId, if the caller may write it; null when none does. One the caller may
     * not see answers 404 without its id.
     */
    private Customer byExternalId(Caller caller, String externalId) {
        if (externalId == null) {
            return null;
        }
        // the entity, not its id: Customers.writable then finds it in the persistence context
        List<Customer> found = em.createQuery("SELECT c FROM Customer c WHERE c.externalId = :e", Customer.class)
                .setParameter("e", externalId)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        try {
            return Customers.writable(em, caller, found.get(0).id(), LockModeType.NONE);
        } catch (RecordNotFoundException notVisible) {
            throw new RecordNotFoundException("customer with externalId", externalId);
        }
    }

    /** How a customer is written: by a user's call, by an import, or checked and not written (an import's dry run). */
    private enum Writing {
        CALL,
        IMPORT,
        CHECK_ONLY;

        /** Where the consent changes it makes came from. */
        ConsentSource source() {
            return this == CALL ? ConsentSource.API : ConsentSource.IMPORT;
        }
    }

    /**
     * A new customer, checked whole before anything is written: a refusal leaves the transaction as it was.
     * {@code freeExternalId}: an externalId just looked up and carried by nobody, which needs no second look.
     * {@code write} CHECK_ONLY checks everything and writes nothing (an import's dry run): the answer is then null.
     * {@code chunk}: an import's, which answers the duplicate and suppression checks it read ahead and learns of the
     * new customer, whose writes then wait for the chunk's end; null for a call, whose insert is flushed at once.
     */
    private CustomerView insert(
            Caller caller,
            CustomerData raw,
            boolean allowDuplicate,
            String freeExternalId,
            Writing write,
            ImportChunk chunk) {
        CustomFieldSet fields = CustomValueStore.fields(em);
        CustomerData data = withOwnership(caller, CustomerValidator.validate(raw, today(), fields, null), null);
        Map<String, String> keys = ContactPoints.blinded(ContactPoints.keys(data.phones(), data.emails()));
        if (!allowDuplicate) {
            refuse(chunk == null ? suppressions.suppressed(keys.keySet()) : chunk.suppressed(keys.keySet()));
            if (chunk == null || !chunk.free(keys.keySet())) {
                refuse(duplicates.clash(caller, keys, null));
            }
        }
        if (data.externalId() != null && !data.externalId().equals(freeExternalId)) {
            refuse(duplicates.externalIdClash(caller, data.externalId(), null));
        }
        refuse(CustomValueStore.clash(em, fields, null, Map.of(), data.custom()));
        if (write == Writing.CHECK_ONLY) {
            return null;
        }
        OffsetDateTime now = Times.now();
        Customer customer = new Customer(data, keys.keySet(), now);
        em.persist(customer); // its id comes from the sequence as it is persisted
        if (chunk == null) {
            em.flush();
        } else {
            chunk.created(customer.id(), data.externalId(), keys.keySet());
        }
        CustomValueStore.write(em, customer.id(), fields, Map.of(), data.custom());
        CustomFieldHistory.record(em, customer.id(), fields, Map.of(), data.custom(), caller.userId(), now);
        ConsentHistory.record(em, customer.id(), Map.of(), data.consents(), write.source(), caller.userId(), now);
        audit.recordWrite(
                caller.userId(),
                AuditAction.CREATE,
                AUDITED,
                Long.toString(customer.id()),
                Changes.between(null, data, fields::isPersonal));
        changeLog.record(
                EntityType.CUSTOMER,
                customer.id(),
                ChangeKind.CREATED,
                caller.userId(),
                ChangeFacts.ofCustomer(customer.id(), customer.ownerId(), customer.teamId(), List.of()));
        events.fire(new CustomerCreated(
                customer.id(), customer.ownerId(), customer.teamId(), caller.userId(), Times.instant(Times.now())));
        return CustomerViews.of(caller, customer, data.custom(), fields);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public CustomerView get(long id) {
        Caller caller = currentCaller.get();
        CustomerView view;
        CustomFieldSet fields = CustomValueStore.fields(em);
        try {
            Customer customer = Customers.visibleForReading(em, caller, id);
            view = CustomerViews.of(caller, customer, CustomValueStore.of(em, id, fields), fields);
        } catch (RecordNotFoundException e) {
            Long survivor = CustomerMergeService.mergedInto(em, caller, id);
            throw survivor == null ? e : new MergedCustomerException(id, survivor);
        }
        if (showsPersonalData(view, fields)) {
            readAudit.record(caller.userId(), AUDITED, Long.toString(id));
        }
        return view;
    }

    /**
     * Applies a change to the customer's writable state, if the caller read the current version. The change
     * sees the data in clear (personal data included) and its result is validated like a new customer. A null
     * expected version accepts whatever version is current.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public CustomerView update(
            long id, Long expectedVersion, UnaryOperator<CustomerData> change, boolean allowDuplicate) {
        Caller caller = currentCaller.get();
        Customer customer = Customers.writable(em, caller, id, LockModeType.NONE);
        ExpectedVersion.check("customer", id, expectedVersion, customer.version());
        return change(caller, customer, change, allowDuplicate, Writing.CALL);
    }

    /**
     * Changes a customer the caller may write, checked whole before anything is written; {@code write} CHECK_ONLY checks
     * and writes nothing (an import's dry run), answering null.
     */
    private CustomerView change(
            Caller caller,
            Customer customer,
            UnaryOperator<CustomerData> change,
            boolean allowDuplicate,
            Writing write) {
        long id = customer.id();
        CustomFieldSet fields = CustomValueStore.fields(em);
        Map<String, Object> customBefore = CustomValueStore.of(em, id, fields);
        CustomerData before = customer.data().withCustom(customBefore);
        CustomerData data = withOwnership(
                caller, CustomerValidator.validate(change.apply(before), today(), fields, customBefore), customer);
        if (!caller.has(Permission.CUSTOMER_PII_READ)) {
            refusePersonalDataChange(before, data);
            String personal = CustomValues.changedPersonal(before.custom(), data.custom(), fields);
            if (personal != null) {
                throw new InvalidInputException(
                        personal, "you may not change personal data (it needs customer:pii:read)");
            }
        }
        refuse(CustomValueStore.clash(em, fields, id, before.custom(), data.custom()));
        Map<String, String> keys = ContactPoints.blinded(ContactPoints.keys(data.phones(), data.emails()));
        if (!allowDuplicate && !keys.keySet().equals(customer.contactKeys())) {
            refuse(suppressions.suppressed(keys.keySet()));
            refuse(duplicates.clash(caller, keys, id));
        }
        if (!Objects.equals(data.externalId(), before.externalId())) {
            refuse(duplicates.externalIdClash(caller, data.externalId(), id));
        }
        if (write == Writing.CHECK_ONLY) {
            return null;
        }
        Tier tierBefore = customer.tier();
        OffsetDateTime now = Times.now();
        customer.apply(data, keys.keySet(), now);
        CustomValueStore.write(em, id, fields, before.custom(), data.custom());
        CustomFieldHistory.record(em, id, fields, before.custom(), data.custom(), caller.userId(), now);
        ConsentHistory.record(em, id, before.consents(), data.consents(), write.source(), caller.userId(), now);
        if (customer.tier() != tierBefore) {
            CustomerHistoryService.recordManualTier(em, id, tierBefore, customer.tier(), caller.userId(), now);
        }
        ExpectedVersion.flush(em, "customer", id, customer::version);
        Map<String, Change> changes = Changes.between(before, data, fields::isPersonal);
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes);
        List<String> changed = new ArrayList<>(changes.keySet());
        if (customer.tier() != tierBefore && !changed.contains("tier")) {
            changed.add("tier");
        }
        for (String key : CustomValues.changedKeys(before.custom(), data.custom())) {
            if (!changed.contains("custom." + key)) {
                changed.add("custom." + key); // a personal value whose masked form did not change
            }
        }
        if (!changed.isEmpty()) {
            changeLog.record(
                    EntityType.CUSTOMER,
                    id,
                    ChangeKind.UPDATED,
                    caller.userId(),
                    ChangeFacts.ofCustomer(id, customer.ownerId(), customer.teamId(), changed));
            events.fire(new CustomerChanged(id, changed, caller.userId(), now.toInstant()));
        }
        if (customer.tier() != tierBefore) {
            events.fire(new TierChanged(id, tierBefore, customer.tier(), caller.userId(), now.toInstant()));
        }
        return CustomerViews.of(caller, customer, data.custom(), fields);
    }

    @Requires(Permission.CUSTOMER_DELETE)
    public void delete(long id, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Customer customer = Customers.inOwnScope(
                em, caller, id, LockModeType.NONE, "A share does not let you delete the customer.");
        ExpectedVersion.check("customer", id, expectedVersion, customer.version());
        CustomerData before = customer.data();
        em.createQuery("DELETE FROM Purchase p WHERE p.customerId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(customer);
        em.flush();
        audit.recordWrite(
                caller.userId(), AuditAction.DELETE, AUDITED, Long.toString(id), Changes.between(before, null));
        changeLog.record(
                EntityType.CUSTOMER,
                id,
                ChangeKind.DELETED,
                caller.userId(),
                ChangeFacts.ofCustomer(id, before.ownerId(), before.teamId(), List.of()));
        events.fire(new CustomerDeleted(
                id, before.ownerId(), before.teamId(), caller.userId(), Times.instant(Times.now())));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<CustomerView> list(CustomerFilter filter, PageRequest page) {
        Caller caller = currentCaller.get();
        CustomFieldSet fields = CustomValueStore.fields(em);
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, fields, params);
        return page(caller, LIST, Cursor.fingerprint(filter), where, params, page, fields);
    }

    /**
     * The customers the caller may see that meet a condition (a segment's rules), in id order. The fingerprint
     * names what the condition came from, so that a cursor is refused once that changes.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<CustomerView> listMatching(
            String listName, String fingerprint, JpqlCondition condition, PageRequest page) {
        return listMatching(listName, fingerprint, CustomerFilter.none(), condition, page);
    }

    /**
     * The customers the caller may see that pass the list's filters and, when given, a condition (a segment's
     * rules), in id order: the list's own query for an export, which pages through it under its own name.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<CustomerView> listMatching(
            String listName, String fingerprint, CustomerFilter filter, JpqlCondition condition, PageRequest page) {
        Caller caller = currentCaller.get();
        CustomFieldSet fields = CustomValueStore.fields(em);
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, fields, params);
        if (condition != null) {
            where += " AND " + condition.jpql();
            params.putAll(condition.parameters());
        }
        return page(caller, listName, fingerprint, where, params, page, fields);
    }

    private Page<CustomerView> page(
            Caller caller,
            String listName,
            String fingerprint,
            String where,
            Map<String, Object> params,
            PageRequest page,
            CustomFieldSet fields) {
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), listName, fingerprint).positionAsLong();
        params.put("after", after);
        TypedQuery<Object[]> query = LimitedQueries.readOnly(
                em,
                "SELECT " + CustomerViews.COLUMNS + " FROM Customer c WHERE " + where
                        + " AND c.id > :after ORDER BY c.id",
                Object[].class,
                page.limit() + 1);
        params.forEach(query::setParameter);
        Page<Object[]> rows = Page.of(
                query.getResultList(), page, listName, fingerprint, row -> Long.toString(CustomerViews.id(row)));
        List<Long> ids = rows.items().stream().map(CustomerViews::id).toList();
        Map<Long, List<String>> tags = CustomerTag.of(em, ids);
        Map<Long, List<String>> interests = CustomerInterest.of(em, ids);
        Map<Long, Map<String, Object>> custom = CustomValueStore.of(em, ids, fields);
        Page<CustomerView> views = rows.map(CustomerViews.ofRows(caller, tags, interests, custom, fields));
        List<String> personal = views.items().stream()
                .filter(v -> showsPersonalData(v, fields))
                .map(v -> Long.toString(v.id()))
                .toList();
        if (!personal.isEmpty()) {
            readAudit.record(caller.userId(), AUDITED, personal);
        }
        return views;
    }

    /** Whether a view shows personal data in clear, which the audit trail records as a read. */
    private static boolean showsPersonalData(CustomerView v, CustomFieldSet fields) {
        return !v.piiMasked()
                && (!v.phones().isEmpty()
                        || !v.emails().isEmpty()
                        || v.wechatId() != null
                        || !v.addresses().isEmpty()
                        || v.birthday() != null
                        || v.custom().keySet().stream().anyMatch(fields::isPersonal));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public long count(CustomerFilter filter) {
        Caller caller = currentCaller.get();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = QueryTimeout.on(em.createQuery(
                "SELECT COUNT(c) FROM Customer c WHERE " + where(caller, filter, CustomValueStore.fields(em), params),
                Long.class));
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many customers the caller may see meet the condition. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public long countMatching(JpqlCondition condition) {
        Caller caller = currentCaller.get();
        Map<String, Object> params = new HashMap<>(condition.parameters());
        TypedQuery<Long> query = QueryTimeout.on(em.createQuery(
                "SELECT COUNT(c) FROM Customer c WHERE "
                        + where(caller, CustomerFilter.none(), CustomFieldSet.NONE, params)
                        + " AND "
                        + condition.jpql(),
                Long.class));
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Caller caller, CustomerFilter f, CustomFieldSet fields, Map<String, Object> params) {
        JpqlCondition visibility = VisibilityRule.jpqlWithShares(caller, "c");
        StringBuilder where = new StringBuilder(visibility.jpql());
        params.putAll(visibility.parameters());
        condition(where, params, "c.tier = :tier", "tier", f.tier());
        condition(where, params, "c.lifecycleStage = :stage", "stage", f.lifecycleStage());
        condition(where, params, "c.ownerId = :owner", "owner", f.ownerId());
        condition(where, params, "c.teamId = :team", "team", f.teamId());
        condition(where, params, ":tag MEMBER OF c.tags", "tag", f.tag());
        condition(where, params, ":interest MEMBER OF c.interests", "interest", f.interest());
        condition(where, params, "c.region = :region", "region", f.region());
        condition(where, params, "c.city = :city", "city", f.city());
        condition(where, params, "c.updatedAt >= :since", "since", Times.utc(f.updatedSince()));
        condition(where, params, "c.externalId = :externalId", "externalId", f.externalId());
        for (int i = 0; i < f.custom().size(); i++) {
            JpqlCondition custom = f.custom().get(i).toCondition(fields, "cf" + i + "_");
            where.append(" AND ").append(custom.jpql());
            params.putAll(custom.parameters());
        }
        if (f.namePrefix() != null) {
            condition(
                    where,
                    params,
                    "c.nameKey LIKE :prefix ESCAPE '!'",
                    "prefix",
                    CustomerData.nameKey(f.namePrefix())
                                    .replace("!", "!!")
                                    .replace("%", "!%")
                                    .replace("_", "!_") + "%");
        }
        return where.toString();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /**
     * Decides owner and team: absent values keep the current ones (or default to the caller and the owner's
     * team); moving a record to another owner or team needs {@code customer:reassign}, a record the caller reaches
     * by their own scope (a share never does), a known user or team, and must keep the record inside that scope.
     */
    private CustomerData withOwnership(Caller caller, CustomerData data, Customer existing) {
        String owner =
                data.ownerId() != null ? data.ownerId() : existing != null ? existing.ownerId() : caller.userId();
        boolean ownerChanged = existing == null ? !owner.equals(caller.userId()) : !owner.equals(existing.ownerId());
        String ownersTeam = directory.user(owner).map(CrmUser::teamId).orElse(null);
        String team = data.teamId() != null
                ? data.teamId()
                : existing != null && !ownerChanged ? existing.teamId() : ownersTeam;
        boolean teamChanged =
                existing == null ? !Objects.equals(team, ownersTeam) : !Objects.equals(team, existing.teamId());
        if ((ownerChanged || teamChanged) && !caller.has(Permission.CUSTOMER_REASSIGN)) {
            throw new InvalidInputException(
                    ownerChanged ? "ownerId" : "teamId", "you may not assign customers to another user or team");
        }
        if ((ownerChanged || teamChanged)
                && existing != null
                && !VisibilityRule.canSee(caller, existing.ownerId(), existing.teamId())) {
            throw new InvalidInputException(
                    ownerChanged ? "ownerId" : "teamId",
                    "a share gives access to the customer as it is: only someone whose own scope reaches it may move it");
        }
        if (ownerChanged && directory.user(owner).isEmpty()) {
            throw new InvalidInputException("ownerId", "is not a user the CRM knows");
        }
        if (teamChanged && team != null && !directory.teamExists(team)) {
            throw new InvalidInputException("teamId", "is not a team the CRM knows");
        }
        if ((ownerChanged || teamChanged) && !VisibilityRule.canSee(caller, owner, team)) {
            throw new InvalidInputException(
                    ownerChanged ? "ownerId" : "teamId", "would move the customer out of your scope");
        }
        return data.withOwnership(owner, team);
    }

    /** Throws the refusal, from here: one thrown out of another bean would mark a bulk call's transaction for rollback. */
    private static void refuse(Optional<ConflictException> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    static void refusePersonalDataChange(CustomerData before, CustomerData after) {
        String field = !before.phones().equals(after.phones())
                ? "phones"
                : !before.emails().equals(after.emails())
                        ? "emails"
                        : !Objects.equals(before.wechatId(), after.wechatId())
                                ? "wechatId"
                                : !before.addresses().equals(after.addresses())
                                        ? "addresses"
                                        : !Objects.equals(before.birthday(), after.birthday()) ? "birthday" : null;
        if (field != null) {
            throw new InvalidInputException(field, "you may not change personal data (it needs customer:pii:read)");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
