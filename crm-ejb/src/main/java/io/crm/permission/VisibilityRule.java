package io.crm.permission;

import io.crm.common.JpqlCondition;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which customer records a caller may see. The same rule answers for one record and produces the query
 * predicate for lists and counts, so that a list can never show what a read would refuse.
 */
public final class VisibilityRule {

    private VisibilityRule() {}

    /** Whether the caller may read a record with this owner and team. */
    public static boolean canSee(Caller caller, String ownerId, String teamId) {
        if (!caller.has(Permission.CUSTOMER_READ)) {
            return false;
        }
        return switch (caller.scope()) {
            case ALL -> true;
            case TEAM ->
                caller.userId().equals(ownerId)
                        || (teamId != null && caller.scopeTeamIds().contains(teamId));
            case OWN -> caller.userId().equals(ownerId);
            case NONE -> false;
        };
    }

    /**
     * A JPQL condition over an entity with {@code ownerId} and {@code teamId} attributes, and the parameters it
     * binds (their names start with {@code vis_}).
     */
    public static JpqlCondition jpql(Caller caller, String alias) {
        if (!caller.has(Permission.CUSTOMER_READ)) {
            return new JpqlCondition("1 = 0", Map.of());
        }
        return switch (caller.scope()) {
            case ALL -> new JpqlCondition("1 = 1", Map.of());
            case TEAM ->
                caller.scopeTeamIds().isEmpty()
                        ? new JpqlCondition(alias + ".ownerId = :vis_user", Map.of("vis_user", caller.userId()))
                        : new JpqlCondition(
                                "(" + alias + ".ownerId = :vis_user OR " + alias + ".teamId IN :vis_teams)",
                                Map.of("vis_user", caller.userId(), "vis_teams", caller.scopeTeamIds()));
            case OWN -> new JpqlCondition(alias + ".ownerId = :vis_user", Map.of("vis_user", caller.userId()));
            case NONE -> new JpqlCondition("1 = 0", Map.of());
        };
    }

    /** Whether the caller may read a record, counting explicit shares with the caller or their teams. */
    public static boolean canSee(Caller caller, String ownerId, String teamId, boolean sharedWithCaller) {
        return canSee(caller, ownerId, teamId)
                || sharedWithCaller && caller.has(Permission.CUSTOMER_READ) && caller.scope() != Scope.NONE;
    }

    /**
     * The list predicate over customers: {@link #jpql} widened by the records shared with the caller or with
     * their teams (for own and team scope; an all-scope caller sees everything anyway).
     */
    public static JpqlCondition jpqlWithShares(Caller caller, String alias) {
        JpqlCondition base = jpql(caller, alias);
        if (!caller.has(Permission.CUSTOMER_READ) || caller.scope() == Scope.ALL || caller.scope() == Scope.NONE) {
            return base;
        }
        Map<String, Object> parameters = new HashMap<>(base.parameters());
        parameters.put("vis_user", caller.userId());
        String target = "s.userId = :vis_user";
        if (!caller.shareTeamIds().isEmpty()) {
            target = "(" + target + " OR s.teamId IN :vis_share_teams)";
            parameters.put("vis_share_teams", caller.shareTeamIds());
        }
        return new JpqlCondition(
                "(" + base.jpql() + " OR EXISTS (SELECT s FROM CustomerShare s WHERE s.customerId = " + alias
                        + ".id AND " + target + "))",
                parameters);
    }

    /**
     * Everything the caller reaches, shares included: the form the search index filters on. Agrees with
     * {@link #canSee(Caller, String, String, boolean)} and {@link #jpqlWithShares} for every record.
     */
    public static Reach reach(Caller caller) {
        if (!caller.has(Permission.CUSTOMER_READ)) {
            return Reach.NOTHING;
        }
        return switch (caller.scope()) {
            case ALL -> Reach.EVERYTHING;
            case TEAM ->
                new Reach(
                        false,
                        Set.of(caller.userId()),
                        caller.scopeTeamIds(),
                        Set.of(caller.userId()),
                        caller.shareTeamIds());
            case OWN ->
                new Reach(false, Set.of(caller.userId()), Set.of(), Set.of(caller.userId()), caller.shareTeamIds());
            case NONE -> Reach.NOTHING;
        };
    }
}
