package io.crm.directory;

import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads users and teams; always from the database, so that a change applies on the next request. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Unguarded("looks users and teams up for services within their checked calls and for the caller resolution")
public class Directory {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public Optional<CrmUser> user(String userId) {
        return Optional.ofNullable(em.find(CrmUser.class, userId));
    }

    public boolean teamExists(String teamId) {
        return em.find(Team.class, teamId) != null;
    }

    /**
     * The teams a team-scoped user reaches: every team they manage with its sub-teams, plus their own team.
     */
    public Set<String> teamsInScopeOf(String userId) {
        List<Team> teams = em.createQuery("SELECT t FROM Team t", Team.class).getResultList();
        TeamTree tree = new TeamTree(teams);
        Set<String> result = new HashSet<>();
        user(userId).map(CrmUser::teamId).ifPresent(result::add);
        for (Team team : teams) {
            if (userId.equals(team.managerId())) {
                result.addAll(tree.subtree(team.id()));
            }
        }
        return result;
    }
}
