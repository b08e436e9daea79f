package io.crm.survey;

import io.crm.customer.Customer;
import io.crm.permission.Unguarded;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The cohort a response belongs to, created the first time a survey, a month, a tier, a stage, an owner and a region
 * come together.
 */
@Stateless
@Unguarded("called by SurveyResponses while it records an answer")
public class SurveyCohorts {

    private static final Logger LOG = Logger.getLogger(SurveyCohorts.class.getName());

    private static final String MATCH =
            " WHERE survey_id = ? AND response_month = ? AND tier = ? AND lifecycle_stage = ?"
                    + " AND owner_id = ? AND region = ?";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext context;

    /** The cohort of a response to the survey given in {@code month} (YYYY-MM) by this customer as the customer is now. */
    public long of(long surveyId, String month, Customer customer) {
        List<Object> key = List.of(
                surveyId,
                month,
                customer.tier().name(),
                customer.lifecycleStage().name(),
                customer.ownerId(),
                customer.data().region() == null ? "" : customer.data().region());
        Optional<Long> id = find(key);
        if (id.isPresent()) {
            return id.get();
        }
        context.getBusinessObject(SurveyCohorts.class).create(key); // or another answer did, at the same moment
        return find(key)
                .orElseThrow(() -> new IllegalStateException("The survey cohort " + key + " could not be created."));
    }

    /**
     * Creates a cohort in a transaction of its own, so that losing a race with another answer (the unique key refuses
     * the second) rolls back only this one, quietly.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(List<Object> key) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO survey_cohort (survey_id, response_month, tier,"
                                + " lifecycle_stage, owner_id, region) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < key.size(); i++) {
                insert.setObject(i + 1, key.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.fine(() -> "Survey cohort " + key + " not created here (another answer's transaction may have): "
                    + e.getMessage());
            context.setRollbackOnly();
        }
    }

    private Optional<Long> find(List<Object> key) {
        List<?> ids = bind(em.createNativeQuery("SELECT id FROM survey_cohort" + MATCH), key)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private static Query bind(Query q, List<Object> key) {
        for (int i = 0; i < key.size(); i++) {
            q.setParameter(i + 1, key.get(i));
        }
        return q;
    }
}
