package io.crm.timeline;

import io.crm.audit.ReadAudit;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.Times;
import io.crm.customer.ConsentChange;
import io.crm.customer.ConsentChangeView;
import io.crm.customer.CustomerHistory;
import io.crm.customer.CustomerMerge;
import io.crm.customer.Customers;
import io.crm.customer.Purchase;
import io.crm.customer.PurchaseView;
import io.crm.followup.FollowUp;
import io.crm.followup.FollowUpView;
import io.crm.interaction.Interaction;
import io.crm.interaction.InteractionView;
import io.crm.note.Note;
import io.crm.note.NoteView;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import io.crm.permission.Requires;
import io.crm.points.PointsEntry;
import io.crm.survey.SurveyInvitation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's timeline, cursor-paged newest first. Each page is a merge of one keyset query per kind, each reading
 * at most a page and one more of its kind from an index on (customer, time, id), then the page's items are read in
 * full, one query per kind present, and shown as their own routes show them. A page costs the same with a hundred
 * items or a hundred thousand.
 */
@Stateless
public class TimelineService {

    static final String LIST = "timeline";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ReadAudit readAudit;

    /** A page of the customer's timeline: the kinds asked for (all when empty), at or after from and before to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<TimelineItem> page(
            long customerId, Set<TimelineKind> kinds, Instant from, Instant to, PageRequest page) {
        Caller caller = currentCaller.get();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be later than from");
        }
        Customers.visibleForReading(em, caller, customerId);
        String fingerprint = Cursor.fingerprint(
                customerId, kinds.stream().map(TimelineKind::code).toList(), from, to);
        TimelineKey after = page.cursor() == null
                ? null
                : TimelineKey.parse(
                        Cursor.decode(page.cursor(), LIST, fingerprint).position());
        List<TimelineKey> keys = new ArrayList<>();
        for (TimelineKind kind : kinds) {
            keys.addAll(keys(customerId, kind, from, to, after, page.limit() + 1));
        }
        keys.sort(TimelineKey.ORDER);
        List<TimelineKey> rows = keys.subList(0, Math.min(keys.size(), page.limit() + 1));
        Page<TimelineKey> keyPage = Page.of(rows, page, LIST, fingerprint, TimelineKey::position);
        Map<TimelineKey, TimelineItem> items = items(caller, keyPage.items());
        return keyPage.map(items::get);
    }

    /** The first items of one kind that sort after the cursor, newest first. */
    private List<TimelineKey> keys(
            long customerId, TimelineKind kind, Instant from, Instant to, TimelineKey after, int limit) {
        StringBuilder where = new StringBuilder("x." + kind.customer + " = :c");
        String time = "x." + kind.time;
        if (kind.historyField != null) {
            where.append(" AND x.field = '").append(kind.historyField).append("'");
        }
        if (from != null) {
            where.append(" AND ").append(time).append(" >= :from");
        }
        if (to != null) {
            where.append(" AND ").append(time).append(" < :to");
        }
        if (after != null) {
            where.append(" AND ").append(after.after(kind));
        }
        var query = LimitedQueries.readOnly(
                        em,
                        "SELECT x." + kind.id + ", " + time + " FROM " + kind.entity + " x WHERE " + where
                                + " ORDER BY " + time + " DESC, x." + kind.id + " DESC",
                        Object[].class,
                        limit)
                .setParameter("c", customerId);
        if (from != null) {
            query.setParameter("from", Times.utc(from));
        }
        if (to != null) {
            query.setParameter("to", Times.utc(to));
        }
        if (after != null) {
            query.setParameter("kt", Times.utc(after.time()));
            if (after.kind() == kind) {
                query.setParameter("ki", after.id());
            }
        }
        List<TimelineKey> keys = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            keys.add(new TimelineKey(((OffsetDateTime) row[1]).toInstant(), kind, ((Number) row[0]).longValue()));
        }
        return keys;
    }

    /** The page's items in full, one query per kind, as their own routes show them to the caller. */
    private Map<TimelineKey, TimelineItem> items(Caller caller, List<TimelineKey> keys) {
        Map<TimelineKind, List<Long>> ids = new EnumMap<>(TimelineKind.class);
        for (TimelineKey k : keys) {
            ids.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.id());
        }
        boolean clear = caller.has(Permission.CUSTOMER_PII_READ);
        Instant now = Instant.now();
        Map<TimelineKey, TimelineItem> items = new HashMap<>();
        for (Map.Entry<TimelineKind, List<Long>> e : ids.entrySet()) {
            TimelineKind kind = e.getKey();
            List<Long> of = e.getValue();
            switch (kind) {
                case NOTE -> {
                    List<String> personal = new ArrayList<>();
                    for (Note n : load(Note.class, kind, of)) {
                        NoteView v = NoteView.of(n, clear);
                        put(items, kind, n.id(), n.createdAt(), "Note by " + n.authorId(), v);
                        if (clear && PiiMasker.hasPersonalData(n.text())) {
                            personal.add(Long.toString(n.id()));
                        }
                    }
                    readAudit.record(caller.userId(), "note", personal);
                }
                case FOLLOW_UP -> {
                    List<String> personal = new ArrayList<>();
                    for (FollowUp f : load(FollowUp.class, kind, of)) {
                        FollowUpView v = FollowUpView.of(f, clear, now);
                        put(items, kind, f.id(), f.createdAt(), "Follow-up (" + v.status() + ") by " + v.authorId(), v);
                        if (clear && PiiMasker.hasPersonalData(f.data().searchableText())) {
                            personal.add(Long.toString(f.id()));
                        }
                    }
                    readAudit.record(caller.userId(), "follow-up", personal);
                }
                case PURCHASE -> {
                    for (Purchase p : load(Purchase.class, kind, of)) {
                        PurchaseView v = PurchaseView.of(p);
                        put(
                                items,
                                kind,
                                p.id(),
                                p.occurredAt(),
                                "Purchase of " + v.amount().toPlainString() + " " + v.currency(),
                                v);
                    }
                }
                case INTERACTION -> {
                    for (Interaction i : load(Interaction.class, kind, of)) {
                        String where = i.channel() == null ? "" : " (" + i.channel() + ")";
                        put(items, kind, i.id(), i.occurredAt(), i.type() + where, InteractionView.of(i));
                    }
                }
                case POINTS_ENTRY -> {
                    for (PointsEntry p : load(PointsEntry.class, kind, of)) {
                        String why =
                                p.reason() != null ? ": " + p.reason() : p.reward() != null ? ": " + p.reward() : "";
                        put(
                                items,
                                kind,
                                p.id(),
                                p.createdAt(),
                                p.kind() + " " + signed(p.points()) + " points, balance " + p.balanceAfter() + why,
                                null);
                    }
                }
                case SURVEY_INVITATION -> {
                    for (SurveyInvitation i : load(SurveyInvitation.class, kind, of)) {
                        put(
                                items,
                                kind,
                                i.id(),
                                i.createdAt(),
                                "Invited to survey " + i.surveyId() + " by " + i.channel() + " ("
                                        + i.status(Times.utc(now)) + ")",
                                null);
                    }
                }
                case SURVEY_ANSWER -> {
                    // an answer's score is personal: callers who see customers masked see that they answered
                    List<Object[]> rows = em.createQuery(
                                    "SELECT a.id, a.respondedAt, a.surveyId, a.score FROM SurveyAnswer a"
                                            + " WHERE a.id IN :ids",
                                    Object[].class)
                            .setParameter("ids", of)
                            .getResultList();
                    for (Object[] r : rows) {
                        put(
                                items,
                                kind,
                                ((Number) r[0]).longValue(),
                                (OffsetDateTime) r[1],
                                "Answered survey " + r[2] + (clear ? " with " + r[3] : ""),
                                null);
                    }
                }
                case CONSENT_CHANGE -> {
                    for (ConsentChange c : load(ConsentChange.class, kind, of)) {
                        ConsentChangeView v = c.view();
                        String state = v.granted() == null ? "cleared" : v.granted() ? "granted" : "withdrawn";
                        put(
                                items,
                                kind,
                                v.id(),
                                v.changedAt(),
                                v.channel() + " consent " + state + " (" + v.source() + ", " + v.changedBy() + ")",
                                null);
                    }
                }
                case MERGE -> {
                    for (CustomerMerge m : load(CustomerMerge.class, kind, of)) {
                        put(
                                items,
                                kind,
                                m.duplicateId(),
                                m.mergedAt(),
                                "Customer " + m.duplicateId() + " merged into this one by " + m.mergedBy(),
                                null);
                    }
                }
                case TIER_CHANGE, STAGE_CHANGE, LEVEL_CHANGE -> {
                    for (CustomerHistory h : load(CustomerHistory.class, kind, of)) {
                        put(
                                items,
                                kind,
                                h.id(),
                                h.changedAt(),
                                h.field() + " " + Objects.requireNonNullElse(h.fromValue(), "none") + " → "
                                        + Objects.requireNonNullElse(h.toValue(), "none") + " (" + h.source() + ", "
                                        + h.changedBy() + ")",
                                null);
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
        return items;
    }

    private <T> List<T> load(Class<T> type, TimelineKind kind, List<Long> ids) {
        return LimitedQueries.readOnly(
                        em,
                        "SELECT x FROM " + type.getSimpleName() + " x WHERE x." + kind.id + " IN :ids",
                        type,
                        PageRequest.MAX_LIMIT + 1)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static void put(
            Map<TimelineKey, TimelineItem> items,
            TimelineKind kind,
            long id,
            OffsetDateTime at,
            String summary,
            Object view) {
        Instant time = at.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
        items.put(new TimelineKey(time, kind, id), new TimelineItem(kind, id, time, summary, view));
    }

    private static String signed(long points) {
        return points > 0 ? "+" + points : Long.toString(points);
    }
}
