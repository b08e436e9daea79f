package io.crm.survey;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An invitation's status changes, each one conditional in the database on the status it leaves: a response and a
 * delivery report that race cannot overwrite each other, and RESPONDED is never left. The row count says whether
 * the change happened; the invitation in the persistence context is refreshed to what the database holds.
 */
final class InvitationTransitions {

    private InvitationTransitions() {}

    /** PENDING and still valid at {@code now} → SENT; false when it was anything else. */
    static boolean sent(EntityManager em, SurveyInvitation invitation, OffsetDateTime now) {
        int changed = em.createQuery("UPDATE SurveyInvitation i SET i.status = :sent, i.sentAt = :now"
                        + " WHERE i.id = :id AND i.status = :pending AND i.expiresAt > :now")
                .setParameter("sent", SurveyInvitation.Status.SENT)
                .setParameter("now", now)
                .setParameter("id", invitation.id())
                .setParameter("pending", SurveyInvitation.Status.PENDING)
                .executeUpdate();
        em.refresh(invitation);
        return changed == 1;
    }

    /**
     * PENDING or SENT, and valid at {@code at} → RESPONDED; false when it was answered already (or expired in
     * between). A response wins over a delivery report: SENT is no obstacle.
     */
    static boolean responded(EntityManager em, SurveyInvitation invitation, OffsetDateTime at) {
        int changed = em.createQuery("UPDATE SurveyInvitation i SET i.status = :responded, i.respondedAt = :at"
                        + " WHERE i.id = :id AND i.status IN :open AND i.expiresAt > :at")
                .setParameter("responded", SurveyInvitation.Status.RESPONDED)
                .setParameter("at", at)
                .setParameter("id", invitation.id())
                .setParameter("open", List.of(SurveyInvitation.Status.PENDING, SurveyInvitation.Status.SENT))
                .executeUpdate();
        em.refresh(invitation);
        return changed == 1;
    }
}
