package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.common.Upload;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk responses from CSV: the file is stored for the survey-response-import job, which takes it row by row; rows
 * it cannot take are recorded with their line and reason.
 */
@Stateless
public class SurveyImports {

    public static final String JOB = "survey-response-import";
    static final String AUDITED = "survey-import";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SurveyResponses responses;

    @Inject
    AuditTrail audit;

    /** The largest CSV taken, in bytes (10 MiB unless configured); larger ones answer 413 unread. */
    @Inject
    @ConfigProperty(name = "crm.import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** One row that could not be taken. */
    public record RowError(long line, String message) {}

    /**
     * Keeps an uploaded CSV for an import of responses to the survey; answers the import id the job is started with.
     * The caller's permissions (survey:manage, and job:operate to start the job) and the survey are checked before a byte
     * of the upload is read; an upload that is, or declares to be, larger than {@code crm.import.max-bytes} is refused
     * unread. The audit trail records who stored which file, its size and lines, not its contents.
     *
     * @param declaredBytes the upload's Content-Length, negative when unknown
     */
    @Requires({Permission.SURVEY_MANAGE, Permission.JOB_OPERATE})
    public long store(long surveyId, long declaredBytes, InputStream csv) {
        Caller caller = currentCaller.get();
        SurveyService.find(em, surveyId);
        Upload upload = Upload.read("body", csv, declaredBytes, maxBytes);
        if (upload.text().isBlank()) {
            throw new InvalidInputException(
                    "body", "is an empty CSV; send a header token,score,comment,respondedAt and rows");
        }
        SurveyImport stored = new SurveyImport(surveyId, upload.text(), caller.userId(), Times.now());
        em.persist(stored);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("surveyId", new Change(null, Long.toString(surveyId)));
        changes.put("bytes", new Change(null, Long.toString(upload.bytes())));
        changes.put("lines", new Change(null, Long.toString(upload.lines())));
        audit.recordWrite(caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(stored.id()), changes);
        return stored.id();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the survey-response-import job, which runs as the system")
    public SurveyImport load(long importId) {
        SurveyImport stored = em.find(SurveyImport.class, importId);
        if (stored == null) {
            throw new IllegalStateException("Import " + importId + " does not exist.");
        }
        return stored;
    }

    /**
     * What is wrong with a row for the import's survey, or empty if it can be taken: an unknown token, one of
     * another survey, an answered or expired invitation, a score off the scale, a comment too long. Answers instead
     * of throwing, so that the job's transaction stays good.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("a step of the survey-response-import job, which runs as the system")
    public Optional<String> problem(long surveyId, String token, Integer score, String comment, Instant respondedAt) {
        SurveyInvitation invitation = token == null
                ? null
                : em.createQuery("SELECT i FROM SurveyInvitation i WHERE i.token = :t", SurveyInvitation.class)
                        .setParameter("t", token)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (invitation == null || invitation.surveyId() != surveyId) {
            return Optional.of("token: no invitation of this survey has it");
        }
        OffsetDateTime at = respondedAt.atOffset(ZoneOffset.UTC);
        SurveyInvitation.Status status = invitation.status(at);
        if (status == SurveyInvitation.Status.RESPONDED) {
            return Optional.of("token: the invitation has been answered already");
        }
        if (status == SurveyInvitation.Status.EXPIRED || at.isBefore(invitation.createdAt())) {
            return Optional.of("respondedAt: the invitation was not open then ("
                    + invitation.createdAt().toInstant() + " to "
                    + invitation.expiresAt().toInstant() + ")");
        }
        SurveyType type = em.find(Survey.class, surveyId).type();
        if (score == null || !type.inRange(score)) {
            return Optional.of("score: must be a whole number from " + type.min() + " to " + type.max());
        }
        if (comment != null && comment.length() > SurveyResponses.MAX_COMMENT) {
            return Optional.of("comment: must be at most " + SurveyResponses.MAX_COMMENT + " characters");
        }
        return Optional.empty();
    }

    /** Takes one row for the import's survey; a row for another survey's invitation is refused like a bad token. */
    @Unguarded("a step of the survey-response-import job, which runs as the system")
    public void take(
            long surveyId, String token, Integer score, String comment, Instant respondedAt, long executionId) {
        SurveyInvitation invitation = em.createQuery(
                        "SELECT i FROM SurveyInvitation i WHERE i.token = :t", SurveyInvitation.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (invitation != null && invitation.surveyId() != surveyId) {
            throw new InvalidInputException("token", "belongs to another survey");
        }
        responses.record(token, score, comment, respondedAt, SurveyResponses.Source.IMPORT, executionId);
    }

    /** Drops the file of an import that has completed: its comments are kept no longer than the job needs them. */
    @Unguarded("the last step of the survey-response-import job, which runs as the system")
    public void drop(long importId) {
        load(importId).drop();
    }

    /**
     * Blanks the customer's comments in every file still kept (imports not completed yet), in the caller's
     * transaction; rows keep their place, so an import resumed later reads the same rows after its checkpoint.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("called by the erasure of the customer, within its checked call")
    public int blankComments(long customerId) {
        Set<String> tokens = Set.copyOf(
                em.createQuery("SELECT i.token FROM SurveyInvitation i WHERE i.customerId = :c", String.class)
                        .setParameter("c", customerId)
                        .getResultList());
        if (tokens.isEmpty()) {
            return 0;
        }
        List<SurveyImport> kept = em.createQuery(
                        "SELECT f FROM SurveyImport f WHERE f.content IS NOT NULL AND f.surveyId IN "
                                + "(SELECT i.surveyId FROM SurveyInvitation i WHERE i.customerId = :c) ORDER BY f.id",
                        SurveyImport.class)
                .setParameter("c", customerId)
                .getResultList();
        int blanked = 0;
        for (SurveyImport file : kept) {
            blanked += file.blankComments(tokens) ? 1 : 0;
        }
        return blanked;
    }

    /** Records a row of an import that could not be taken; in its own transaction, so that it stays whatever the chunk does. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Unguarded("a step of the survey-response-import job, which runs as the system")
    public void reject(long importId, long line, String message) {
        em.createNativeQuery("DELETE FROM survey_import_error WHERE import_id = ? AND line = ?")
                .setParameter(1, importId)
                .setParameter(2, line)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO survey_import_error (import_id, line, message) VALUES (?, ?, ?)")
                .setParameter(1, importId)
                .setParameter(2, line)
                .setParameter(3, message.length() > 500 ? message.substring(0, 500) : message)
                .executeUpdate();
    }

    /** The rows of an import of the survey that could not be taken, by line. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.SURVEY_MANAGE)
    public List<RowError> errors(long surveyId, long importId) {
        SurveyImport stored = em.find(SurveyImport.class, importId);
        if (stored == null || stored.surveyId() != surveyId) {
            throw new RecordNotFoundException("import", importId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT line, message FROM survey_import_error WHERE import_id = ? ORDER BY line")
                .setParameter(1, importId)
                .getResultList();
        return rows.stream()
                .map(r -> new RowError(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }
}
