package io.crm.permission;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what roles and users may do from the database, on every request, so that an admin's change applies to
 * the next request without a restart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PermissionStore {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Permissions and the widest scope of the given roles, then the user's grants added and revocations removed. */
    public Grants grantsOf(String userId, Set<String> roleNames) {
        List<RoleDefinition> roles = roleNames.isEmpty() ? List.of()
                : em.createQuery("SELECT r FROM RoleDefinition r WHERE r.name IN :names", RoleDefinition.class)
                .setParameter("names", roleNames).getResultList();
        return combine(roles, userPermissions(userId));
    }

    /** The union of the roles' permissions and their widest scope, then grants added and revocations removed. */
    static Grants combine(List<RoleDefinition> roles, List<UserPermission> overrides) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        Scope scope = Scope.NONE;
        for (RoleDefinition role : roles) {
            permissions.addAll(role.permissions());
            scope = scope.widest(role.scope());
        }
        for (UserPermission override : overrides) {
            if (override.granted()) {
                permissions.add(override.permission());
            } else {
                permissions.remove(override.permission());
            }
        }
        return new Grants(permissions, scope);
    }

    public List<UserPermission> userPermissions(String userId) {
        return em.createQuery("SELECT p FROM UserPermission p WHERE p.userId = :user", UserPermission.class)
                .setParameter("user", userId).getResultList();
    }

    /** What a caller may do, before their teams are known. */
    public record Grants(Set<Permission> permissions, Scope scope) {
    }
}
