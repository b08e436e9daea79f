package io.crm.permission;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import io.crm.directory.CrmUser;
import io.crm.directory.Team;
import io.crm.directory.TeamTree;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Admins keep the teams (with their hierarchy and managers) and who belongs to which team (permission:manage). */
@Stateless
@Requires(Permission.PERMISSION_MANAGE)
public class DirectoryAdmin {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.@-]{1,100}");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    public List<Team> teams() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.id", Team.class).getResultList();
    }

    /** Creates the team or changes it; a parent may not lie below the team itself. */
    public Team putTeam(String id, String name, String parentId, String managerId) {
        List<Violation> violations = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            violations.add(new Violation("id", "must be 1-100 letters, digits or _ . @ -"));
        }
        String cleanName = Text.clean(name);
        if (cleanName == null || Text.length(cleanName) > 200) {
            violations.add(new Violation("name", "is required, at most 200 characters"));
        }
        if (parentId != null && em.find(Team.class, parentId) == null) {
            violations.add(new Violation("parentId", "is not a team the CRM knows"));
        } else if (parentId != null
                && (parentId.equals(id)
                        || new TeamTree(em.createQuery("SELECT t FROM Team t", Team.class)
                                        .getResultList())
                                .wouldCycle(id, parentId))) {
            violations.add(new Violation("parentId", "lies below this team: teams form a tree"));
        }
        if (managerId != null && em.find(CrmUser.class, managerId) == null) {
            violations.add(new Violation("managerId", "is not a user the CRM knows"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Team team = em.find(Team.class, id);
        AuditAction action = team == null ? AuditAction.CREATE : AuditAction.UPDATE;
        Map<String, Change> changes = new LinkedHashMap<>();
        if (team == null) {
            team = new Team(id, cleanName, parentId, managerId);
            em.persist(team);
            changes.put("name", new Change(null, cleanName));
            changes.put("parentId", new Change(null, parentId));
            changes.put("managerId", new Change(null, managerId));
        } else {
            changed(changes, "name", team.name(), cleanName);
            changed(changes, "parentId", team.parentId(), parentId);
            changed(changes, "managerId", team.managerId(), managerId);
            team.change(cleanName, parentId, managerId);
        }
        em.flush();
        permissionsChanged.fire(new PermissionsChanged());
        audit.recordWrite(currentCaller.get().userId(), action, "team", id, changes);
        return team;
    }

    public List<CrmUser> users() {
        return em.createQuery("SELECT u FROM CrmUser u ORDER BY u.id", CrmUser.class)
                .getResultList();
    }

    /** Makes the platform user known to the CRM, or changes their name or team. */
    public CrmUser putUser(String id, String displayName, String teamId) {
        List<Violation> violations = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            violations.add(new Violation("id", "must be the platform login: 1-100 letters, digits or _ . @ -"));
        }
        String cleanName = Text.clean(displayName);
        if (cleanName == null || Text.length(cleanName) > 200) {
            violations.add(new Violation("displayName", "is required, at most 200 characters"));
        }
        if (teamId != null && em.find(Team.class, teamId) == null) {
            violations.add(new Violation("teamId", "is not a team the CRM knows"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CrmUser user = em.find(CrmUser.class, id);
        AuditAction action = user == null ? AuditAction.CREATE : AuditAction.UPDATE;
        Map<String, Change> changes = new LinkedHashMap<>();
        if (user == null) {
            user = new CrmUser(id, cleanName, teamId);
            em.persist(user);
            changes.put("displayName", new Change(null, cleanName));
            changes.put("teamId", new Change(null, teamId));
        } else {
            changed(changes, "displayName", user.displayName(), cleanName);
            changed(changes, "teamId", user.teamId(), teamId);
            user.change(cleanName, teamId);
        }
        em.flush();
        permissionsChanged.fire(new PermissionsChanged());
        audit.recordWrite(currentCaller.get().userId(), action, "user", id, changes);
        return user;
    }

    private static void changed(Map<String, Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(before, after));
        }
    }
}
