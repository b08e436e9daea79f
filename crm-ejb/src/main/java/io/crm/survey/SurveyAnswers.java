package io.crm.survey;

import io.crm.common.RecordNotFoundException;
import io.crm.customer.Customers;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One stored answer as a user may read it: as visible as its customer (otherwise not found), its score only for a user
 * who reads personal data in clear. What webhooks carry of an answer.
 */
@Stateless
public class SurveyAnswers {

    static final String KIND = "survey-response";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public SurveyAnswerView get(long id) {
        Caller caller = currentCaller.get();
        SurveyAnswer answer = em.find(SurveyAnswer.class, id);
        if (answer == null) {
            throw new RecordNotFoundException(KIND, id);
        }
        try {
            Customers.visibleForReading(em, caller, answer.customerId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(KIND, id);
        }
        Survey survey = em.find(Survey.class, answer.surveyId());
        return view(answer, survey, caller.has(Permission.CUSTOMER_PII_READ));
    }

    static SurveyAnswerView view(SurveyAnswer answer, Survey survey, boolean clear) {
        return new SurveyAnswerView(
                answer.id(),
                answer.surveyId(),
                survey.type(),
                answer.customerId(),
                clear ? answer.score() : null,
                clear ? SurveyResponses.category(survey, answer.score()) : null,
                !clear,
                answer.respondedAt().toInstant());
    }
}
