package io.crm.permission;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admins change what roles may do and grant or revoke single permissions for one user; effective on the next
 * request to this instance, and on other instances within {@code crm.permissions.cache-millis}.
 */
@Stateless
@Requires(Permission.PERMISSION_MANAGE)
public class PermissionAdmin {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PermissionsChanged> permissionsChanged;

    private static List<String> codes(Set<Permission> permissions) {
        return permissions.stream().map(Permission::code).sorted().toList();
    }

    private static List<String> codes(List<UserPermission> rows, boolean granted) {
        return rows.stream()
                .filter(p -> p.granted() == granted)
                .map(p -> p.permission().code())
                .sorted()
                .toList();
    }

    public List<RoleDefinition> roles() {
        return em.createQuery("SELECT r FROM RoleDefinition r ORDER BY r.name", RoleDefinition.class)
                .getResultList();
    }

    public RoleDefinition changeRole(String name, Scope scope, Set<Permission> permissions) {
        RoleDefinition role = em.find(RoleDefinition.class, name);
        if (role == null) {
            throw new RecordNotFoundException("role", name);
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "is required: NONE, OWN, TEAM or ALL");
        }
        Scope scopeBefore = role.scope();
        List<String> before = codes(role.permissions());
        role.change(scope, permissions);
        em.flush();
        permissionsChanged.fire(new PermissionsChanged());
        audit.recordWrite(
                currentCaller.get().userId(),
                AuditAction.UPDATE,
                "role",
                name,
                Map.of(
                        "scope", new Change(scopeBefore.name(), scope.name()),
                        "permissions", new Change(before, codes(role.permissions()))));
        return role;
    }

    public List<UserPermission> userPermissions(String userId) {
        return em.createQuery("SELECT p FROM UserPermission p WHERE p.userId = :u", UserPermission.class)
                .setParameter("u", userId)
                .getResultList();
    }

    /** Replaces the user's grants and revocations. */
    public List<UserPermission> setUserPermissions(String userId, Set<Permission> grants, Set<Permission> revocations) {
        Set<Permission> both = grants.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(grants);
        both.retainAll(revocations);
        if (!both.isEmpty()) {
            throw new InvalidInputException("grants", "a permission cannot be granted and revoked at once: " + both);
        }
        List<UserPermission> before = userPermissions(userId);
        em.createQuery("DELETE FROM UserPermission p WHERE p.userId = :u")
                .setParameter("u", userId)
                .executeUpdate();
        grants.forEach(p -> em.persist(new UserPermission(userId, p, true)));
        revocations.forEach(p -> em.persist(new UserPermission(userId, p, false)));
        em.flush();
        permissionsChanged.fire(new PermissionsChanged());
        audit.recordWrite(
                currentCaller.get().userId(),
                AuditAction.UPDATE,
                "user-permissions",
                userId,
                Map.of(
                        "grants", new Change(codes(before, true), codes(grants)),
                        "revocations", new Change(codes(before, false), codes(revocations))));
        return userPermissions(userId);
    }
}
