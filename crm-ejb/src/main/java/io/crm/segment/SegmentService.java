package io.crm.segment;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.JpqlCondition;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.customer.CustomerService;
import io.crm.customer.CustomerView;
import io.crm.customfield.CustomValueStore;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Guard;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Segments: managed with {@code segment:manage}, read by anyone who reads customers; each has an owner, who (with
 * admins) alone may change it while a survey dispatch targets it. Evaluating one lists or counts
 * the customers that match its rules among those the caller may see, exactly as the customer list would.
 */
@Stateless
public class SegmentService {

    static final String LIST = "segments";
    static final String CUSTOMERS = "segment-customers";
    static final String AUDITED = "segment";
    /** The survey-dispatch job (io.crm.survey.SurveyDispatching.JOB; segments know nothing of surveys' classes). */
    static final String DISPATCH_JOB = "survey-dispatch";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    CustomerService customers;

    @Requires(Permission.SEGMENT_MANAGE)
    public SegmentView create(SegmentData raw) {
        Caller caller = currentCaller.get();
        SegmentData data = SegmentData.validate(raw);
        data.rules().toCondition(Instant.now(), CustomValueStore.fields(em)); // custom fields: defined, and fit
        ensureNameFree(data.name(), null);
        Segment segment = new Segment(data, caller.userId(), Times.now());
        em.persist(segment);
        em.flush();
        audit.recordWrite(
                caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(segment.id()), changes(null, data));
        return SegmentView.of(segment);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(anyOf = {Permission.CUSTOMER_READ, Permission.SEGMENT_MANAGE})
    public SegmentView get(long id) {
        return SegmentView.of(find(id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(anyOf = {Permission.CUSTOMER_READ, Permission.SEGMENT_MANAGE})
    public Page<SegmentView> list(PageRequest page) {
        String fingerprint = Cursor.fingerprint();
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<Segment> rows = LimitedQueries.readOnly(
                        em, "SELECT s FROM Segment s WHERE s.id > :a ORDER BY s.id", Segment.class, page.limit() + 1)
                .setParameter("a", after)
                .getResultList();
        return Page.of(rows, page, LIST, fingerprint, s -> Long.toString(s.id()))
                .map(SegmentView::of);
    }

    /** Applies a change to the segment if the caller read the current version (null accepts any). */
    @Requires(Permission.SEGMENT_MANAGE)
    public SegmentView update(long id, Long expectedVersion, UnaryOperator<SegmentData> change) {
        Caller caller = currentCaller.get();
        Segment segment = find(id);
        ExpectedVersion.check("segment", id, expectedVersion, segment.version());
        requireMayChange(caller, segment);
        SegmentData before = data(segment);
        SegmentData data = SegmentData.validate(change.apply(before));
        data.rules().toCondition(Instant.now(), CustomValueStore.fields(em)); // custom fields: defined, and fit
        if (!Segment.nameKey(data.name()).equals(Segment.nameKey(before.name()))) {
            ensureNameFree(data.name(), id);
        }
        segment.apply(data, Times.now());
        ExpectedVersion.flush(em, "segment", id, segment::version);
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes(before, data));
        return SegmentView.of(segment);
    }

    @Requires(Permission.SEGMENT_MANAGE)
    public void delete(long id, Long expectedVersion) {
        Caller caller = currentCaller.get();
        Segment segment = find(id);
        ExpectedVersion.check("segment", id, expectedVersion, segment.version());
        requireMayChange(caller, segment);
        List<Object> surveys = surveysTargeting(id);
        if (!surveys.isEmpty()) {
            throw new ConflictException(
                    "Surveys target this segment; point them elsewhere first.",
                    Map.of("surveyIds", surveys.stream().map(Object::toString).toList()));
        }
        SegmentData before = data(segment);
        em.remove(segment);
        em.flush();
        audit.recordWrite(caller.userId(), AuditAction.DELETE, AUDITED, Long.toString(id), changes(before, null));
    }

    /** The customers of the segment that the caller may see, in id order; the cursor is void once the rules change. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<CustomerView> customers(long id, PageRequest page) {
        Segment segment = answersReadable(find(id));
        return customers.listMatching(CUSTOMERS, Cursor.fingerprint(id, segment.version()), condition(segment), page);
    }

    /** How many customers of the segment the caller may see. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public long count(long id) {
        return customers.countMatching(condition(answersReadable(find(id))));
    }

    /**
     * The segment, unless its rules pick customers by their survey answers and the caller sees personal data masked:
     * its members, or even their count under a narrow rule, would tell how one customer answered.
     */
    private Segment answersReadable(Segment segment) {
        if (SegmentRules.parse(SegmentView.of(segment).rules()).readsAnswers()) {
            Guard.require(currentCaller.get(), Permission.CUSTOMER_PII_READ);
        }
        return segment;
    }

    /**
     * The segment's rules as a condition on customers, evaluated now, for a caller who may read its members (an
     * export of them): 404 for a missing segment, 403 as for its customers when its rules read survey answers.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public JpqlCondition membersCondition(long id) {
        return condition(answersReadable(find(id)));
    }

    /** The segment's rules as a condition on customers, evaluated now. */
    @Unguarded("the survey jobs, which run as the system, read a segment's rules")
    public JpqlCondition condition(long id) {
        return condition(find(id));
    }

    private JpqlCondition condition(Segment segment) {
        return SegmentRules.parse(SegmentView.of(segment).rules())
                .toCondition(Instant.now(), CustomValueStore.fields(em));
    }

    /**
     * While a survey dispatch that is scheduled or not yet complete targets the segment, only its owner or an admin
     * ({@code permission:manage}) may change it: whoever else holds segment:manage would otherwise choose who is
     * surveyed next. A segment without an owner (saved before segments had one) is an admin's. Refused with 409, as
     * any change that clashes with the state of the record: it is allowed again once nothing dispatches to it.
     */
    private void requireMayChange(Caller caller, Segment segment) {
        if (mayAlwaysChange(caller, segment.ownerId())) {
            return;
        }
        List<Long> surveys = dispatchesTargeting(segment.id());
        if (!surveys.isEmpty()) {
            throw new ConflictException(
                    "A scheduled or running survey dispatch targets this segment; only its owner ("
                            + (segment.ownerId() == null ? "an admin" : segment.ownerId())
                            + ") or an admin may change it now.",
                    Map.of(
                            "surveyIds",
                            surveys.stream().map(Object::toString).toList(),
                            "ownerId",
                            segment.ownerId() == null ? "" : segment.ownerId()));
        }
    }

    /** The owner, and an admin, may change a segment whatever targets it. */
    static boolean mayAlwaysChange(Caller caller, String ownerId) {
        return caller.has(Permission.PERMISSION_MANAGE) || ownerId != null && ownerId.equals(caller.userId());
    }

    /** The ids of the surveys that target the segment. */
    @SuppressWarnings("unchecked")
    private List<Object> surveysTargeting(long segmentId) {
        return em.createNativeQuery("SELECT id FROM survey WHERE target_segment_id = ? ORDER BY id")
                .setParameter(1, segmentId)
                .getResultList();
    }

    /**
     * The surveys targeting the segment with a dispatch that is not complete (running, stopped, failed, or its
     * server killed: it can be restarted and reads the segment again) or an enabled schedule of survey-dispatch.
     */
    private List<Long> dispatchesTargeting(long segmentId) {
        List<Object> targeting = surveysTargeting(segmentId);
        if (targeting.isEmpty()) {
            return List.of();
        }
        Set<Long> surveys = new TreeSet<>();
        targeting.forEach(id -> surveys.add(((Number) id).longValue()));
        Set<Long> dispatched = new TreeSet<>();
        @SuppressWarnings("unchecked")
        List<Object> open = em.createNativeQuery(
                        "SELECT DISTINCT d.survey_id FROM survey_dispatch d JOIN survey s ON s.id = d.survey_id"
                                + " WHERE s.target_segment_id = ? AND d.completed_at IS NULL")
                .setParameter(1, segmentId)
                .getResultList();
        open.forEach(id -> dispatched.add(((Number) id).longValue()));
        @SuppressWarnings("unchecked")
        List<Object> scheduled = em.createNativeQuery(
                        "SELECT parameters FROM job_schedule WHERE job_name = ? AND enabled = TRUE")
                .setParameter(1, DISPATCH_JOB)
                .getResultList();
        for (Object parameters : scheduled) {
            Long survey = ScheduledSurvey.of((String) parameters);
            if (survey != null && surveys.contains(survey)) {
                dispatched.add(survey);
            }
        }
        return List.copyOf(dispatched);
    }

    private Segment find(long id) {
        Segment segment = em.find(Segment.class, id);
        if (segment == null) {
            throw new RecordNotFoundException("segment", id);
        }
        return segment;
    }

    private void ensureNameFree(String name, Long except) {
        List<Long> existing = em.createQuery("SELECT s.id FROM Segment s WHERE s.nameKey = :k", Long.class)
                .setParameter("k", Segment.nameKey(name))
                .getResultList();
        existing.stream().filter(e -> !e.equals(except)).findFirst().ifPresent(e -> {
            throw new ConflictException(
                    "A segment named " + name + " exists already.", Map.of("existingId", e.toString()));
        });
    }

    private static SegmentData data(Segment s) {
        return new SegmentData(
                s.name(), s.description(), SegmentRules.parse(SegmentView.of(s).rules()));
    }

    private static Map<String, Change> changes(SegmentData before, SegmentData after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        change(changes, "name", before == null ? null : before.name(), after == null ? null : after.name());
        change(
                changes,
                "description",
                before == null ? null : before.description(),
                after == null ? null : after.description());
        change(
                changes,
                "rules",
                before == null ? null : before.rules().toJson().toString(),
                after == null ? null : after.rules().toJson().toString());
        return changes;
    }

    private static void change(Map<String, Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(before, after));
        }
    }
}
