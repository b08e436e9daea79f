package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.ConflictException;
import io.crm.common.FreeText;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Violation;
import io.crm.customer.Customer;
import io.crm.encryption.PiiKeys;
import io.crm.events.DetractorAnswered;
import io.crm.events.DomainEvents;
import io.crm.events.SurveyAnswered;
import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpService;
import io.crm.permission.Unguarded;
import io.crm.points.PointsLedger;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Responses by token: from the public link (no login) or from an import. One response per token, enforced by a
 * lock on the invitation and by a unique key; an unknown or expired token is not found. A dissatisfied response to
 * a survey with the closed loop on opens a follow-up for the customer's owner in the same transaction.
 */
@Stateless
public class SurveyResponses {

    public static final String CLOSED_LOOP = "survey-closed-loop";
    /** The system identity of answers through the public link, where nobody logs in. */
    public static final String PUBLIC_LINK = "survey-public-link";

    static final String AUDITED = "survey-response";
    static final int MAX_COMMENT = 2000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    public enum Source {
        LINK,
        IMPORT
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @EJB
    SurveyMetrics metrics;

    @Inject
    PointsLedger points;

    @Inject
    FollowUpService followUps;

    @Inject
    SurveyCohorts cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    DomainEvents events;

    @Inject
    ChangeLog changeLog;

    @Inject
    @ConfigProperty(name = "crm.survey.closed-loop-due-days", defaultValue = "2")
    int closedLoopDueDays;

    /** A response through the public link. */
    @Unguarded("open by design: whoever holds the single-use link of an invitation may answer it, without logging in")
    public ResponseView respond(String token, Integer score, String comment) {
        return record(token, score, comment, Instant.now().truncatedTo(ChronoUnit.MICROS), Source.LINK, null);
    }

    /**
     * Records a response to the invitation with this token, given at {@code respondedAt} (an import may bring one
     * given earlier, while the invitation was valid).
     */
    @Unguarded("records an answer for respond and for the survey-response-import job, which runs as the system")
    public ResponseView record(
            String token, Integer score, String comment, Instant respondedAt, Source source, Long executionId) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new RecordNotFoundException("invitation", "with this token");
        }
        SurveyInvitation invitation = em.createQuery(
                        "SELECT i FROM SurveyInvitation i WHERE i.token = :t", SurveyInvitation.class)
                .setParameter("t", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("invitation", "with this token"));
        OffsetDateTime at = respondedAt.atOffset(ZoneOffset.UTC);
        if (invitation.status(at) == SurveyInvitation.Status.RESPONDED) {
            throw answeredAlready();
        }
        if (invitation.status(at) == SurveyInvitation.Status.EXPIRED || at.isBefore(invitation.createdAt())) {
            throw new RecordNotFoundException("invitation", "with this token");
        }
        Survey survey = em.find(Survey.class, invitation.surveyId());
        List<Violation> violations = new ArrayList<>();
        if (score == null || !survey.type().inRange(score)) {
            violations.add(new Violation(
                    "score",
                    "must be a whole number from " + survey.type().min() + " to "
                            + survey.type().max()));
        }
        String cleanComment = FreeText.validate("comment", comment, false, MAX_COMMENT, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        SurveyInvitation.Status was = invitation.status(at);
        // conditional in the database, before anything is stored: answering twice stays a 409 however the calls race
        if (!InvitationTransitions.responded(em, invitation, at)) {
            throw answeredAlready();
        }
        Customer customer = em.find(Customer.class, invitation.customerId());
        String month = at.toString().substring(0, 7);
        em.createNativeQuery(
                        "INSERT INTO survey_response (survey_id, invitation_id, customer_id, score, comment, channel, source,"
                                + " execution_id, response_month, cohort_id, responded_at, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT), ?, ?, ?, ?)") // a null is bound
                // untyped
                .setParameter(1, survey.id())
                .setParameter(2, invitation.id())
                .setParameter(3, customer.id())
                .setParameter(4, score)
                .setParameter(5, PiiKeys.ring().seal(cleanComment))
                .setParameter(6, invitation.channel().name())
                .setParameter(7, source.name())
                .setParameter(8, executionId)
                .setParameter(9, month)
                .setParameter(10, cohorts.of(survey.id(), month, customer))
                .setParameter(11, at)
                .setParameter(12, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        metrics.responded(source);
        long id = ((Number) em.createNativeQuery("SELECT id FROM survey_response WHERE invitation_id = ?")
                        .setParameter(1, invitation.id())
                        .getSingleResult())
                .longValue();
        audit.recordWrite(
                actor(source),
                AuditAction.CREATE,
                AUDITED,
                Long.toString(id),
                changes(
                        survey.id(),
                        InvitationView.of(invitation, at),
                        was,
                        score,
                        cleanComment,
                        source,
                        executionId,
                        at));
        points.surveyAnswered(customer.id(), id, at, actor(source));
        Long followUp = null;
        if (survey.closedLoop() && survey.type().dissatisfied(score, survey.closedLoopThreshold())) {
            String text = survey.type() + " " + score + " on the survey \""
                    + survey.data().name() + "\"" + (cleanComment == null ? "" : ": " + cleanComment);
            followUp = followUps.openForOwner(
                    AuditTrail.systemActor(CLOSED_LOOP),
                    customer.id(),
                    channel(invitation),
                    text,
                    Instant.now().plus(Duration.ofDays(closedLoopDueDays)));
        }
        String category = category(survey, score);
        changeLog.record(
                EntityType.SURVEY_RESPONSE,
                id,
                ChangeKind.CREATED,
                actor(source),
                ChangeFacts.under(customer.id(), List.of(ChangeFacts.CATEGORY + category)));
        events.fire(new SurveyAnswered(id, survey.id(), customer.id(), score, category, at.toInstant()));
        if (survey.type() == SurveyType.NPS && score <= NpsCalculator.DETRACTOR_MAX) {
            events.fire(new DetractorAnswered(id, survey.id(), customer.id(), score, followUp, at.toInstant()));
        }
        return new ResponseView(id, survey.id(), score, at.toInstant(), followUp);
    }

    /** What the answer says of the customer: the NPS category, or for other types below the closed-loop threshold or not. */
    static String category(Survey survey, int score) {
        if (survey.type() == SurveyType.NPS) {
            return score <= NpsCalculator.DETRACTOR_MAX
                    ? "DETRACTOR"
                    : score >= NpsCalculator.PROMOTER_MIN ? "PROMOTER" : "PASSIVE";
        }
        return survey.type().dissatisfied(score, survey.closedLoopThreshold()) ? "DISSATISFIED" : "SATISFIED";
    }

    /** Who the trail names: nobody logs in for the public link, and an import is its job's work. */
    static String actor(Source source) {
        return AuditTrail.systemActor(source == Source.LINK ? PUBLIC_LINK : SurveyImports.JOB);
    }

    /** The response as the trail keeps it: the comment is free text, masked and cut as notes are. */
    static Map<String, Change> changes(
            long surveyId,
            InvitationView invitation,
            SurveyInvitation.Status was,
            int score,
            String comment,
            Source source,
            Long executionId,
            OffsetDateTime at) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("surveyId", new Change(null, Long.toString(surveyId)));
        changes.put("invitationId", new Change(null, Long.toString(invitation.id())));
        changes.put("invitation.status", new Change(was.name(), SurveyInvitation.Status.RESPONDED.name()));
        changes.put("customerId", new Change(null, Long.toString(invitation.customerId())));
        changes.put("score", new Change(null, score));
        if (comment != null) {
            changes.put("comment", new Change(null, Changes.forTrail(comment)));
        }
        changes.put("channel", new Change(null, invitation.channel().name()));
        changes.put("source", new Change(null, source.name()));
        if (executionId != null) {
            changes.put("executionId", new Change(null, Long.toString(executionId)));
        }
        changes.put("respondedAt", new Change(null, at.toInstant().toString()));
        return changes;
    }

    private static FollowUpChannel channel(SurveyInvitation invitation) {
        return FollowUpChannel.valueOf(invitation.channel().name());
    }

    private static ConflictException answeredAlready() {
        return new ConflictException("This invitation has been answered already.", Map.of());
    }
}
