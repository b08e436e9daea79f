package io.crm.permission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The user a request (or a job) acts for, with everything the guard and the visibility rule need: their
 * permissions, their record scope, for team scope the teams it reaches, and the teams whose shared records they
 * receive (the teams they belong to or manage).
 */
public record Caller(
        String userId, Set<Permission> permissions, Scope scope, Set<String> scopeTeamIds, Set<String> shareTeamIds) {

    public Caller {
        permissions = permissions.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
        scopeTeamIds = Set.copyOf(scopeTeamIds);
        shareTeamIds = Set.copyOf(shareTeamIds);
    }

    public Caller(String userId, Set<Permission> permissions, Scope scope, Set<String> scopeTeamIds) {
        this(userId, permissions, scope, scopeTeamIds, scopeTeamIds);
    }

    /** A caller with the default permissions of the given roles, as PRODUCT.md sets them out. */
    public static Caller of(String userId, Set<Role> roles, Set<String> scopeTeamIds) {
        PermissionStore.Grants grants =
                PermissionStore.combine(roles.stream().map(RoleDefinition::new).toList(), List.of());
        return new Caller(userId, grants.permissions(), grants.scope(), scopeTeamIds);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
