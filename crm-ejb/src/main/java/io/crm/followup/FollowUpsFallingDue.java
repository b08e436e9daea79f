package io.crm.followup;

import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.events.DomainEvents;
import io.crm.events.FollowUpDue;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Announces the planned follow-ups whose due time has passed: a change-log entry (webhooks make {@code followup.due}
 * of it) and a {@link FollowUpDue} event, once per follow-up and due time. Each one is claimed by a conditional
 * update, so instances of a deployment group checking at once announce it once between them.
 */
@Stateless
public class FollowUpsFallingDue {

    /** Who announces, in the change log. */
    static final String ACTOR = "system:follow-ups";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    /** Announces up to {@code limit} follow-ups due at {@code now}, the longest due first; answers how many. */
    @Unguarded("a check of the CRM's own timer, not a caller's request; it reveals nothing to anyone")
    public int announce(OffsetDateTime now, int limit) {
        List<Object[]> due = em.createQuery(
                        "SELECT f.id, f.customerId, f.assigneeId, f.dueAt FROM FollowUp f WHERE f.status = :planned"
                                + " AND f.dueAnnouncedAt IS NULL AND f.dueAt <= :now ORDER BY f.dueAt, f.id",
                        Object[].class)
                .setParameter("planned", FollowUpStatus.PLANNED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        int announced = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            OffsetDateTime dueAt = (OffsetDateTime) row[3];
            int claimed = em.createQuery("UPDATE FollowUp f SET f.dueAnnouncedAt = :now WHERE f.id = :id"
                            + " AND f.dueAnnouncedAt IS NULL AND f.status = :planned AND f.dueAt = :due")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .setParameter("planned", FollowUpStatus.PLANNED)
                    .setParameter("due", dueAt)
                    .executeUpdate();
            if (claimed == 1) {
                long customerId = ((Number) row[1]).longValue();
                changeLog.record(
                        EntityType.FOLLOW_UP,
                        id,
                        ChangeKind.UPDATED,
                        ACTOR,
                        ChangeFacts.under(customerId, List.of(ChangeFacts.DUE)));
                events.fire(new FollowUpDue(id, customerId, (String) row[2], dueAt.toInstant(), now.toInstant()));
                announced++;
            }
        }
        return announced;
    }
}
