package io.crm.privacy;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.ConflictException;
import io.crm.customer.ConsentHistory;
import io.crm.customer.ConsentSource;
import io.crm.customer.Customer;
import io.crm.customer.CustomerData;
import io.crm.encryption.PiiKeys;
import io.crm.permission.Unguarded;
import io.crm.survey.SurveyImports;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Anonymizes one customer by the {@link RedactionPolicy}, all in the caller's transaction, so that a crash leaves
 * either nothing done or everything: the record, its notes and follow-ups, survey comments (answers, and rows of
 * uploaded survey files not yet imported), outstanding invitations,
 * points reasons, the values the audit trail holds about it, a suppression entry per phone and email, and a change
 * that makes the search index replace the customer's documents. Erasing an erased customer changes nothing.
 */
@Stateless
@Unguarded(
        "called by PrivacyService within its checked call and by the privacy-retention job, which runs as the system")
public class Erasure {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Suppressions suppressions;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    SurveyImports surveyImports;

    /** The customer must be locked by the caller ({@code PESSIMISTIC_WRITE}), so that two erasures run in turn. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ErasureView erase(Customer customer, String actor, String reason, OffsetDateTime now) {
        long id = customer.id();
        CustomerPrivacy privacy = em.find(CustomerPrivacy.class, id);
        if (privacy != null && privacy.erasedAt() != null) {
            return ErasureView.of(privacy);
        }
        if (privacy != null && privacy.legalHold()) {
            throw new ConflictException(
                    "Customer " + id + " is under legal hold and cannot be erased until the hold is cleared.",
                    Map.of("legalHold", "true"));
        }
        if (privacy == null) {
            privacy = new CustomerPrivacy(id);
            em.persist(privacy);
        }
        Set<String> keys = new TreeSet<>(customer.contactKeys());
        CustomerData before = customer.data();
        customer.erase(RedactionPolicy.erasedName(id), now);
        ConsentHistory.record(em, id, before.consents(), customer.data().consents(), ConsentSource.ERASURE, actor, now);
        em.flush();
        suppressions.add(id, keys);
        update(
                "UPDATE note SET text = ?, version = version + 1, updated_at = ? WHERE customer_id = ?",
                erasedText(),
                now,
                id);
        update(
                "UPDATE follow_up SET content = ?, version = version + 1, updated_at = ? WHERE customer_id = ?",
                erasedText(),
                now,
                id);
        update("UPDATE follow_up SET outcome = ? WHERE customer_id = ? AND outcome IS NOT NULL", erasedText(), id);
        update("UPDATE follow_up SET next_step = ? WHERE customer_id = ? AND next_step IS NOT NULL", erasedText(), id);
        update("UPDATE survey_response SET comment = NULL WHERE customer_id = ? AND comment IS NOT NULL", id);
        surveyImports.blankComments(id);
        // the values of personal custom fields (sealed); the others, like region and tier, stay
        update("DELETE FROM customer_custom_value WHERE customer_id = ? AND sealed_value IS NOT NULL", id);
        update(
                "UPDATE survey_invitation SET status = 'EXPIRED', expires_at = ? WHERE customer_id = ? "
                        + "AND status IN ('PENDING', 'SENT')",
                now,
                id);
        update("UPDATE points_entry SET reason = ? WHERE customer_id = ? AND reason IS NOT NULL", erasedText(), id);
        redactAuditTrail(id);
        changeLog.record(EntityType.CUSTOMER, id, ChangeKind.UPDATED, actor);
        privacy.erased(actor, reason, now);
        em.flush();
        audit.recordWrite(
                actor, AuditAction.ERASE, "customer", Long.toString(id), Map.of("reason", new Change(null, reason)));
        return ErasureView.of(privacy);
    }

    /** Replaces the values of every audit entry about the customer, page by page of ids. */
    private void redactAuditTrail(long id) {
        long after = 0;
        while (true) {
            Query select = em.createNativeQuery(
                            "SELECT id, changes FROM audit_entry WHERE id > ? AND changes IS NOT NULL" + " AND ("
                                    + PersonalAudit.CONDITION + ") ORDER BY id")
                    .setParameter(1, after)
                    .setMaxResults(500);
            List<Object> params = PersonalAudit.parameters(id);
            for (int i = 0; i < params.size(); i++) {
                select.setParameter(i + 2, params.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = select.getResultList();
            for (Object[] row : rows) {
                after = ((Number) row[0]).longValue();
                String changes = PiiKeys.ring().open((String) row[1]);
                String redacted = RedactionPolicy.auditChanges(changes);
                if (!redacted.equals(changes)) {
                    update(
                            "UPDATE audit_entry SET changes = ? WHERE id = ?",
                            PiiKeys.ring().seal(redacted),
                            after);
                }
            }
            if (rows.size() < 500) {
                return;
            }
        }
    }

    private static String erasedText() {
        return RedactionPolicy.text("");
    }

    private void update(String sql, Object... params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
    }
}
