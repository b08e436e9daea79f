package io.crm.permission;

import io.crm.common.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers each user's platform groups as of their last sign-in, so that what acts for a user while they are not
 * signed in (a webhook subscription) has the permissions their roles give them now, and nothing more.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Unguarded("records the groups the container established for the caller being resolved; answers them to the webhook"
        + " delivery, which acts as the subscription's user")
public class KnownGroups {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public void remember(String userId, Set<String> groups) {
        UserGroups row = em.find(UserGroups.class, userId);
        if (row == null) {
            em.persist(new UserGroups(userId, groups, Times.now()));
        } else {
            row.update(groups, Times.now());
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<String>> of(String userId) {
        return Optional.ofNullable(em.find(UserGroups.class, userId)).map(UserGroups::groups);
    }
}
