package io.crm.permission;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The user a request (or a job) acts for, with everything the guard and the visibility rule need: their
 * permissions, their record scope, for team scope the teams it reaches, and the teams whose shared records they
 * receive (the teams they belong to or manage).
 */
public record Caller(String userId, Set<Permission> permissions, Scope scope, Set<String> scopeTeamIds,
                     Set<String> shareTeamIds) {

    public Caller {
        permissions = permissions.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(permissions));
        scopeTeamIds = Set.copyOf(scopeTeamIds);
        shareTeamIds = Set.copyOf(shareTeamIds);
    }

    public Caller(String userId, Set<Permission> permissions, Scope scope, Set<String> scopeTeamIds) {
        this(userId, permissions, scope, scopeTeamIds, scopeTeamIds);
    }

    public static Caller of(String userId, Set<Role> roles, Set<String> scopeTeamIds) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        Scope scope = Scope.NONE;
        for (Role role : roles) {
            permissions.addAll(role.permissions());
            scope = scope.widest(role.scope());
        }
        return new Caller(userId, permissions, scope, scopeTeamIds);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
