package io.crm.permission;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what roles and users may do from the database, whenever a caller is resolved ({@link CallerResolver}
 * keeps the result for a moment), so that an admin's change applies without a restart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Unguarded("resolves the permissions of every caller: what the guard itself reads")
public class PermissionStore {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Permissions and the widest scope of the given roles, then the user's grants added and revocations removed:
     * one round trip.
     */
    public Grants grantsOf(String userId, Set<String> roleNames) {
        List<String> names = List.copyOf(roleNames);
        StringBuilder sql = new StringBuilder("SELECT CAST(NULL AS VARCHAR(20)), permission, granted "
                + "FROM crm_user_permission WHERE user_id = ?1");
        if (!names.isEmpty()) {
            sql.append(" UNION ALL SELECT r.scope, p.permission, CAST(NULL AS BOOLEAN) FROM crm_role r "
                    + "LEFT JOIN crm_role_permission p ON p.role_name = r.name WHERE r.name IN (");
            for (int i = 0; i < names.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
            }
            sql.append(')');
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, userId);
        for (int i = 0; i < names.size(); i++) {
            query.setParameter(i + 2, names.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return fromRows(userId, rows);
    }

    /**
     * Grants from rows of (scope, permission, granted): a role's row has no {@code granted} and may lack a
     * permission (a role without any); a user's grant or revocation has no scope.
     */
    static Grants fromRows(String userId, List<Object[]> rows) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        Scope scope = Scope.NONE;
        List<UserPermission> overrides = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                scope = scope.widest(Scope.valueOf((String) row[0]));
                if (row[1] != null) {
                    permissions.add(Permission.valueOf((String) row[1]));
                }
            } else {
                overrides.add(new UserPermission(userId, Permission.valueOf((String) row[1]), (Boolean) row[2]));
            }
        }
        return withOverrides(permissions, scope, overrides);
    }

    /** The union of the roles' permissions and their widest scope, then grants added and revocations removed. */
    static Grants combine(List<RoleDefinition> roles, List<UserPermission> overrides) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        Scope scope = Scope.NONE;
        for (RoleDefinition role : roles) {
            permissions.addAll(role.permissions());
            scope = scope.widest(role.scope());
        }
        return withOverrides(permissions, scope, overrides);
    }

    private static Grants withOverrides(EnumSet<Permission> permissions, Scope scope, List<UserPermission> overrides) {
        for (UserPermission override : overrides) {
            if (override.granted()) {
                permissions.add(override.permission());
            } else {
                permissions.remove(override.permission());
            }
        }
        return new Grants(permissions, scope);
    }

    /** What a caller may do, before their teams are known. */
    public record Grants(Set<Permission> permissions, Scope scope) {}
}
