package io.crm.survey;

import io.crm.common.LimitedQueries;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.TimeRanges;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Guard;
import io.crm.permission.Permission;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a survey produced: its invitations for delivery (with {@code survey:manage}) and its scores by group (with
 * {@code score:read} or {@code survey:manage}), read from the latest nps-scoring run.
 */
@Stateless
public class SurveyResults {

    static final String INVITATIONS = "survey-invitations";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SurveyScoring scoring;

    /** Scores by group over the months from..to (YYYY-MM, inclusive; open when null). */
    public record Scores(SurveyType type, Optional<OffsetDateTime> computedAt, List<GroupScore> items) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Scores scores(long surveyId, String groupBy, String from, String to) {
        SurveyService.requireReader(currentCaller.get());
        Survey survey = SurveyService.find(em, surveyId);
        ScoreGrouping grouping = ScoreGrouping.of(groupBy == null ? "month" : groupBy).orElseThrow(() -> new InvalidInputException(
                "groupBy", "must be one of tier, lifecycleStage, segment, ownerId, region, month"));
        String first = month("from", from, "0000-01");
        String last = month("to", to, "9999-12");
        if (first.compareTo(last) > 0) {
            throw new InvalidInputException("from", "must not be after to");
        }
        List<GroupScore> items = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Long>> e : scoring.histograms(surveyId, grouping, first, last).entrySet()) {
            items.add(new GroupScore(e.getKey(), NpsCalculator.summarize(survey.type(), e.getValue())));
        }
        return new Scores(survey.type(), scoring.computedAt(), items);
    }

    /** The survey's invitations with the given status (all when null), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<InvitationView> invitations(long surveyId, SurveyInvitation.Status status, PageRequest page) {
        Guard.require(currentCaller.get(), Permission.SURVEY_MANAGE);
        SurveyService.find(em, surveyId);
        String fingerprint = Cursor.fingerprint(surveyId, status);
        long after = page.cursor() == null ? 0 : Cursor.decode(page.cursor(), INVITATIONS, fingerprint).positionAsLong();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String where = status == null ? "" : switch (status) {
            case PENDING, SENT -> " AND i.status = :status AND i.expiresAt > :now";
            case RESPONDED -> " AND i.status = :status";
            case EXPIRED -> " AND i.status IN :open AND i.expiresAt <= :now";
        };
        TypedQuery<SurveyInvitation> q = LimitedQueries.readOnly(em, "SELECT i FROM SurveyInvitation i WHERE i.surveyId = :s AND i.id > :a"
                + where + " ORDER BY i.id", SurveyInvitation.class, page.limit() + 1).setParameter("s", surveyId).setParameter("a", after);
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
        return Page.of(rows, page, INVITATIONS, fingerprint, i -> Long.toString(i.id())).map(i -> InvitationView.of(i, now));
    }

    /** The host app delivered the invitation. Only a pending one can be sent. */
    public InvitationView markSent(long surveyId, long invitationId) {
        Caller caller = currentCaller.get();
        Guard.require(caller, Permission.SURVEY_MANAGE);
        SurveyInvitation invitation = em.find(SurveyInvitation.class, invitationId);
        if (invitation == null || invitation.surveyId() != surveyId) {
            throw new RecordNotFoundException("invitation", invitationId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (invitation.status(now) != SurveyInvitation.Status.PENDING) {
            throw new ConflictException("The invitation is " + invitation.status(now) + ", not PENDING.", Map.of());
        }
        invitation.sent(now);
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
