package io.crm.permission;

import io.crm.directory.CrmUser;
import io.crm.directory.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.jacc.PolicyContext;
import jakarta.security.jacc.PolicyContextException;

import javax.security.auth.Subject;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves who is calling: the login name and platform groups from the subject the container established for the
 * request; the roles those groups carry (configuration); what the roles and the user's own grants allow (database);
 * and the teams their scope reaches and whose shares they receive (directory). Application-scoped, so that the
 * services it asks are looked up once, not on every request. The subject is read through JACC: Jakarta Security's
 * {@code SecurityContext} probes for other servers' classes on every call, and those failed class lookups cost a
 * fifth of a request's allocations.
 */
@ApplicationScoped
public class CallerResolver {

    private static final String SUBJECT = "javax.security.auth.Subject.container";
    private static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Scope.NONE, Set.of());

    @Inject
    Directory directory;

    @Inject
    PermissionStore permissionStore;

    @Inject
    RoleMappingConfig roleMapping;

    Caller resolve() {
        Subject subject = subject();
        Optional<Principal> principal = subject == null ? Optional.empty()
                : subject.getPrincipals().stream().filter(p -> !isGroup(p)).findFirst();
        if (principal.isEmpty()) {
            return ANONYMOUS;
        }
        String userId = principal.get().getName();
        Set<String> groups = subject.getPrincipals().stream().filter(CallerResolver::isGroup).map(Principal::getName)
                .collect(Collectors.toSet());
        PermissionStore.Grants grants = permissionStore.grantsOf(userId, roleMapping.get().rolesOf(groups));
        if (grants.scope() == Scope.ALL || grants.scope() == Scope.NONE) {
            return new Caller(userId, grants.permissions(), grants.scope(), Set.of(), Set.of());
        }
        Set<String> scopeTeams = grants.scope() == Scope.TEAM ? directory.teamsInScopeOf(userId) : Set.of();
        Set<String> shareTeams = new HashSet<>(scopeTeams);
        directory.user(userId).map(CrmUser::teamId).ifPresent(shareTeams::add);
        return new Caller(userId, grants.permissions(), grants.scope(), scopeTeams, shareTeams);
    }

    private static Subject subject() {
        try {
            return (Subject) PolicyContext.getContext(SUBJECT);
        } catch (PolicyContextException e) {
            throw new IllegalStateException("The container did not give the caller's subject", e);
        }
    }

    /** The platform's group principals (the server's own {@code Group} class); every other principal names the caller. */
    private static boolean isGroup(Principal principal) {
        return principal.getClass().getSimpleName().equals("Group");
    }
}
