package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TimeRanges;
import io.crm.common.Times;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Scope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a survey produced: its invitations for delivery (with {@code survey:manage}) and its scores by group (with
 * {@code score:read} or {@code survey:manage}), over the customers the caller may read.
 */
@Stateless
public class SurveyResults {

    static final String INVITATIONS = "survey-invitations";
    static final String INVITATION_AUDITED = "survey-invitation";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SurveyScoring scoring;

    @Inject
    AuditTrail audit;

    /** The fewest responses a group shows to a caller without customer:pii:read, so that no group reveals one answer. */
    @Inject
    @ConfigProperty(name = "crm.scores.min-group-responses", defaultValue = "5")
    int minGroupResponses;

    /**
     * Scores by group over the months from..to (YYYY-MM, inclusive; open when null), and how many groups were left out
     * for holding too few responses.
     */
    public record Scores(
            SurveyType type, Optional<OffsetDateTime> computedAt, List<GroupScore> items, int suppressedGroups) {}

    /**
     * Scores are aggregates of customers' answers. A caller with a customer scope of their own (own, team; with or
     * without customer:read, which only narrows it to nothing) gets them computed now over the customers in their
     * reach; one that sees every customer, or reads scores without any customer scope (batch-admin), gets the latest
     * nps-scoring run whole. Without customer:pii:read, small groups are left out ({@link SmallGroups}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(anyOf = {Permission.SURVEY_MANAGE, Permission.SCORE_READ})
    public Scores scores(long surveyId, String groupBy, String from, String to) {
        Caller caller = currentCaller.get();
        Survey survey = SurveyService.find(em, surveyId);
        ScoreGrouping grouping = ScoreGrouping.of(groupBy == null ? "month" : groupBy)
                .orElseThrow(() -> new InvalidInputException(
                        "groupBy", "must be one of tier, lifecycleStage, level, segment, ownerId, region, month"));
        String first = month("from", from, "0000-01");
        String last = month("to", to, "9999-12");
        if (first.compareTo(last) > 0) {
            throw new InvalidInputException("from", "must not be after to");
        }
        boolean inReach = caller.scope() == Scope.OWN || caller.scope() == Scope.TEAM;
        Map<String, Map<Integer, Long>> histograms = inReach
                ? scoring.histogramsInReach(caller, surveyId, grouping, first, last)
                : scoring.histograms(surveyId, grouping, first, last);
        Map<String, NpsCalculator.Summary> groups = new LinkedHashMap<>();
        histograms.forEach((group, histogram) -> groups.put(group, NpsCalculator.summarize(survey.type(), histogram)));
        Set<String> hidden = SmallGroups.hidden(
                groups,
                caller.has(Permission.CUSTOMER_PII_READ) ? 0 : minGroupResponses,
                grouping != ScoreGrouping.SEGMENT);
        List<GroupScore> items = new ArrayList<>();
        groups.forEach((group, summary) -> {
            if (!hidden.contains(group)) {
                items.add(new GroupScore(group, summary));
            }
        });
        return new Scores(
                survey.type(), inReach ? Optional.of(Times.now()) : scoring.computedAt(), items, hidden.size());
    }

    /** The survey's invitations with the given status (all when null), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.SURVEY_MANAGE)
    public Page<InvitationView> invitations(long surveyId, SurveyInvitation.Status status, PageRequest page) {
        SurveyService.find(em, surveyId);
        String fingerprint = Cursor.fingerprint(surveyId, status);
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), INVITATIONS, fingerprint).positionAsLong();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String where = status == null
                ? ""
                : switch (status) {
                    case PENDING, SENT -> " AND i.status = :status AND i.expiresAt > :now";
                    case RESPONDED -> " AND i.status = :status";
                    case EXPIRED -> " AND i.status IN :open AND i.expiresAt <= :now";
                };
        TypedQuery<SurveyInvitation> q = LimitedQueries.readOnly(
                        em,
                        "SELECT i FROM SurveyInvitation i WHERE i.surveyId = :s AND i.id > :a" + where
                                + " ORDER BY i.id",
                        SurveyInvitation.class,
                        page.limit() + 1)
                .setParameter("s", surveyId)
                .setParameter("a", after);
        if (status != null && status != SurveyInvitation.Status.EXPIRED) {
            q.setParameter("status", status);
        }
        if (status == SurveyInvitation.Status.EXPIRED) {
            q.setParameter("open", List.of(SurveyInvitation.Status.PENDING, SurveyInvitation.Status.SENT));
        }
        if (status != null && status != SurveyInvitation.Status.RESPONDED) {
            q.setParameter("now", now);
        }
        List<SurveyInvitation> rows = q.getResultList();
        return Page.of(rows, page, INVITATIONS, fingerprint, i -> Long.toString(i.id()))
                .map(i -> InvitationView.of(i, now));
    }

    /** The host app delivered the invitation. Only a pending one can be sent; an answered one stays RESPONDED (409). */
    @Requires(Permission.SURVEY_MANAGE)
    public InvitationView markSent(long surveyId, long invitationId) {
        Caller caller = currentCaller.get();
        SurveyInvitation invitation = em.find(SurveyInvitation.class, invitationId);
        if (invitation == null || invitation.surveyId() != surveyId) {
            throw new RecordNotFoundException("invitation", invitationId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // conditional in the database: a response committed since the read above is never overwritten
        if (!InvitationTransitions.sent(em, invitation, now)) {
            throw new ConflictException("The invitation is " + invitation.status(now) + ", not PENDING.", Map.of());
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("status", new Change(SurveyInvitation.Status.PENDING.name(), SurveyInvitation.Status.SENT.name()));
        changes.put("sentAt", new Change(null, invitation.sentAt().toInstant().toString()));
        audit.recordWrite(
                caller.userId(), AuditAction.UPDATE, INVITATION_AUDITED, Long.toString(invitationId), changes);
        return InvitationView.of(invitation, now);
    }

    private static String month(String field, String value, String open) {
        if (value == null) {
            return open;
        }
        try {
            return TimeRanges.month(field, YearMonth.parse(value)).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month such as 2026-11");
        }
    }
}
