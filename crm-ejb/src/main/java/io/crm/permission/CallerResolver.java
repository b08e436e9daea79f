package io.crm.permission;

import io.crm.directory.CrmUser;
import io.crm.directory.Directory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.jacc.PolicyContext;
import jakarta.security.jacc.PolicyContextException;
import java.security.Principal;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves who is calling: the login name and platform groups from the subject the container established for the
 * request; the roles those groups carry (configuration); what the roles and the user's own grants allow (database);
 * and the teams their scope reaches and whose shares they receive (directory). Application-scoped, so that the
 * services it asks are looked up once, not on every request. The subject is read through JACC: Jakarta Security's
 * {@code SecurityContext} probes for other servers' classes on every call, and those failed class lookups cost a
 * fifth of a request's allocations.
 *
 * <p>A resolved caller is kept for {@code crm.permissions.cache-millis} (1,000 by default; 0 keeps none): asking
 * the database for every request cost an eighth of a customer read. A change made through this instance applies
 * to the next request; one made through another instance of a cluster, within that time.
 */
@ApplicationScoped
public class CallerResolver {

    private static final Logger LOG = Logger.getLogger(CallerResolver.class.getName());

    private static final String SUBJECT = "javax.security.auth.Subject.container";
    private static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Scope.NONE, Set.of());

    @Inject
    Directory directory;

    @Inject
    PermissionStore permissionStore;

    @Inject
    RoleMappingConfig roleMapping;

    @Inject
    @ConfigProperty(name = "crm.permissions.cache-millis", defaultValue = "1000")
    long cacheMillis;

    @Inject
    KnownGroups knownGroups;

    private RecentCallers recent;

    /** The groups this instance last recorded for each user: a user's groups are written only when they change. */
    private final Map<String, Set<String>> remembered = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        recent = new RecentCallers(Duration.ofMillis(cacheMillis).toNanos(), 10_000, System::nanoTime);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PermissionsChanged change) {
        recent.forget();
    }

    Caller resolve() {
        Subject subject = subject();
        Optional<Principal> principal = subject == null
                ? Optional.empty()
                : subject.getPrincipals().stream().filter(p -> !isGroup(p)).findFirst();
        if (principal.isEmpty()) {
            return ANONYMOUS;
        }
        String userId = principal.get().getName();
        Set<String> groups = subject.getPrincipals().stream()
                .filter(CallerResolver::isGroup)
                .map(Principal::getName)
                .collect(Collectors.toSet());
        return recent.get(userId, groups, () -> load(userId, groups));
    }

    /**
     * The user as they were when they last signed in (their platform groups then, their roles' permissions and
     * teams now), or empty for a user who never signed in.
     */
    public Optional<Caller> asLastSignedIn(String userId) {
        return knownGroups.of(userId).map(groups -> grantsFor(userId, groups));
    }

    private Caller load(String userId, Set<String> groups) {
        if (!groups.equals(remembered.get(userId))) {
            try {
                knownGroups.remember(userId, groups);
                remembered.put(userId, Set.copyOf(groups));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record the groups of " + userId + "; tried again next time", e);
            }
        }
        return grantsFor(userId, groups);
    }

    private Caller grantsFor(String userId, Set<String> groups) {
        PermissionStore.Grants grants =
                permissionStore.grantsOf(userId, roleMapping.get().rolesOf(groups));
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
