package io.crm.permission;

import io.crm.directory.CrmUser;
import io.crm.directory.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller of the current request, resolved once per request: the login name and platform groups from the
 * container's security context; the roles those groups carry (configuration); what the roles and the user's own
 * grants allow (database); and the teams their scope reaches and whose shares they receive (directory).
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    Directory directory;

    @Inject
    PermissionStore permissionStore;

    @Inject
    RoleMappingConfig roleMapping;

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
            return new Caller("anonymous", Set.of(), Scope.NONE, Set.of());
        }
        String userId = principal.getName();
        Set<String> roles = roleMapping.get().rolesOf(groupsOf(principal));
        PermissionStore.Grants grants = permissionStore.grantsOf(userId, roles);
        if (grants.scope() == Scope.ALL || grants.scope() == Scope.NONE) {
            return new Caller(userId, grants.permissions(), grants.scope(), Set.of(), Set.of());
        }
        Set<String> scopeTeams = grants.scope() == Scope.TEAM ? directory.teamsInScopeOf(userId) : Set.of();
        Set<String> shareTeams = new HashSet<>(scopeTeams);
        directory.user(userId).map(CrmUser::teamId).ifPresent(shareTeams::add);
        return new Caller(userId, grants.permissions(), grants.scope(), scopeTeams, shareTeams);
    }

    /**
     * The platform groups of the authenticated caller, read from the subject the container established. (Asking
     * {@code isCallerInRole} role by role costs one policy evaluation each, a fifth of a request's CPU.)
     */
    private Set<String> groupsOf(Principal caller) {
        return securityContext.getPrincipalsByType(Principal.class).stream()
                .filter(p -> p != caller && p.getClass().getSimpleName().equals("Group"))
                .map(Principal::getName)
                .collect(Collectors.toSet());
    }
}
