package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.segment.Segment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Survey definitions: written with {@code survey:manage}, read with it or with {@code score:read}. */
@Stateless
public class SurveyService {

    static final String LIST = "surveys";
    static final String AUDITED = "survey";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Requires(Permission.SURVEY_MANAGE)
    public SurveyView create(SurveyData raw) {
        Caller caller = currentCaller.get();
        SurveyData data = raw.validate();
        requireSegment(data);
        Survey survey = new Survey(data, caller.userId(), Times.now());
        em.persist(survey);
        em.flush();
        audit.recordWrite(
                caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(survey.id()), changes(null, data));
        return SurveyView.of(survey);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(anyOf = {Permission.SURVEY_MANAGE, Permission.SCORE_READ})
    public SurveyView get(long id) {
        return SurveyView.of(find(em, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(anyOf = {Permission.SURVEY_MANAGE, Permission.SCORE_READ})
    public Page<SurveyView> list(PageRequest page) {
        String fingerprint = Cursor.fingerprint();
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<Survey> rows = LimitedQueries.readOnly(
                        em, "SELECT s FROM Survey s WHERE s.id > :a ORDER BY s.id", Survey.class, page.limit() + 1)
                .setParameter("a", after)
                .getResultList();
        return Page.of(rows, page, LIST, fingerprint, s -> Long.toString(s.id()))
                .map(SurveyView::of);
    }

    @Requires(Permission.SURVEY_MANAGE)
    public SurveyView update(long id, Long expectedVersion, UnaryOperator<SurveyData> change) {
        Caller caller = currentCaller.get();
        Survey survey = find(em, id);
        ExpectedVersion.check("survey", id, expectedVersion, survey.version());
        SurveyData before = survey.data();
        SurveyData data = change.apply(before).validate();
        if (data.type() != before.type() && hasInvitations(id)) {
            throw new InvalidInputException("type", "cannot change once the survey has invited customers");
        }
        requireSegment(data);
        survey.apply(data, Times.now());
        ExpectedVersion.flush(em, "survey", id, survey::version);
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes(before, data));
        return SurveyView.of(survey);
    }

    static Survey find(EntityManager em, long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw new RecordNotFoundException("survey", id);
        }
        return survey;
    }

    private boolean hasInvitations(long surveyId) {
        return !em.createQuery("SELECT i.id FROM SurveyInvitation i WHERE i.surveyId = :s", Long.class)
                .setParameter("s", surveyId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private void requireSegment(SurveyData data) {
        if (data.segmentId() != null && em.find(Segment.class, data.segmentId()) == null) {
            throw new InvalidInputException("target.segmentId", "is not a segment");
        }
    }

    private static Map<String, Change> changes(SurveyData before, SurveyData after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        String[] names = {
            "name",
            "type",
            "question",
            "followUpQuestion",
            "segmentId",
            "channel",
            "fatigueDays",
            "validDays",
            "closedLoop",
            "closedLoopThreshold"
        };
        Object[] b = before == null ? new Object[names.length] : values(before);
        Object[] a = values(after);
        for (int i = 0; i < names.length; i++) {
            if (!Objects.equals(b[i], a[i])) {
                changes.put(
                        names[i],
                        new Change(b[i] == null ? null : b[i].toString(), a[i] == null ? null : a[i].toString()));
            }
        }
        return changes;
    }

    private static Object[] values(SurveyData d) {
        return new Object[] {
            d.name(),
            d.type(),
            d.question(),
            d.followUpQuestion(),
            d.segmentId(),
            d.channel(),
            d.fatigueDays(),
            d.validDays(),
            d.closedLoop(),
            d.closedLoopThreshold()
        };
    }
}
