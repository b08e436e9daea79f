package io.crm.permission;

import io.crm.directory.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller of the current request, resolved once per request from the container's security context: the
 * login name, the container roles the platform groups map to, and, for team scope, the teams from the directory.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    Directory directory;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.of("anonymous", Set.of(), Set.of());
        }
        Set<String> groups = groupsOf(principal);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (groups.contains(role.roleName())) {
                roles.add(role);
            }
        }
        Caller withoutTeams = Caller.of(principal.getName(), roles, Set.of());
        if (withoutTeams.scope() != Scope.TEAM) {
            return withoutTeams;
        }
        return Caller.of(principal.getName(), roles, directory.teamsInScopeOf(principal.getName()));
    }

    /**
     * The platform groups of the authenticated caller, read from the subject the container established. (Asking
     * {@code isCallerInRole} role by role costs one policy evaluation each, a fifth of a request's CPU.) A group
     * carries the CRM role of the same name.
     */
    private Set<String> groupsOf(Principal caller) {
        return securityContext.getPrincipalsByType(Principal.class).stream()
                .filter(p -> p != caller && p.getClass().getSimpleName().equals("Group"))
                .map(Principal::getName)
                .collect(Collectors.toSet());
    }
}
