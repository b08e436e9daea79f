package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.JpqlCondition;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityRuleSharesTest {

    private static Caller caller(
            Scope scope, Set<Permission> permissions, Set<String> scopeTeams, Set<String> shareTeams) {
        return new Caller("sales2", permissions, scope, scopeTeams, shareTeams);
    }

    private static final Set<Permission> READ = EnumSet.of(Permission.CUSTOMER_READ);

    @Test
    void aShareShowsARecordOutsideTheScope() {
        Caller own = caller(Scope.OWN, READ, Set.of(), Set.of("east"));

        assertFalse(VisibilityRule.canSee(own, "sales1", "east", false));
        assertTrue(VisibilityRule.canSee(own, "sales1", "east", true));
    }

    @Test
    void aShareShowsNothingToACallerWithoutCustomerReadOrWithoutScope() {
        assertFalse(VisibilityRule.canSee(caller(Scope.OWN, Set.of(), Set.of(), Set.of()), "sales1", "east", true));
        assertFalse(VisibilityRule.canSee(caller(Scope.NONE, READ, Set.of(), Set.of()), "sales1", "east", true));
    }

    @Test
    void listPredicateAddsSharesWithTheUserAndTheirTeams() {
        JpqlCondition p = VisibilityRule.jpqlWithShares(caller(Scope.OWN, READ, Set.of(), Set.of("east")), "c");

        assertEquals(
                "(c.ownerId = :vis_user OR EXISTS (SELECT s FROM CustomerShare s WHERE s.customerId = c.id AND "
                        + "(s.userId = :vis_user OR s.teamId IN :vis_share_teams)))",
                p.jpql());
        assertEquals(Map.of("vis_user", "sales2", "vis_share_teams", Set.of("east")), p.parameters());
    }

    @Test
    void listPredicateWithoutTeamsMatchesUserSharesOnly() {
        JpqlCondition p = VisibilityRule.jpqlWithShares(caller(Scope.OWN, READ, Set.of(), Set.of()), "c");

        assertTrue(p.jpql().endsWith("AND s.userId = :vis_user))"), p.jpql());
        assertFalse(p.parameters().containsKey("vis_share_teams"));
    }

    @Test
    void allAndNoneScopesNeedNoShareClause() {
        Caller all = caller(Scope.ALL, READ, Set.of(), Set.of("east"));
        Caller none = caller(Scope.NONE, READ, Set.of(), Set.of("east"));

        assertEquals(VisibilityRule.jpql(all, "c"), VisibilityRule.jpqlWithShares(all, "c"));
        assertEquals(VisibilityRule.jpql(none, "c"), VisibilityRule.jpqlWithShares(none, "c"));
    }

    @Test
    void reachAgreesWithTheRuleForEveryScopeOwnerTeamAndShare() {
        for (Scope scope : Scope.values()) {
            for (Set<Permission> permissions : java.util.List.of(READ, Set.<Permission>of())) {
                Caller caller = caller(scope, permissions, Set.of("east", "east-1"), Set.of("east"));
                Reach reach = VisibilityRule.reach(caller);
                for (String owner : new String[] {"sales2", "sales1"}) {
                    for (String team : new String[] {"east", "east-1", "west", null}) {
                        for (Set<String> userShares :
                                java.util.List.of(Set.<String>of(), Set.of("sales2"), Set.of("x"))) {
                            for (Set<String> teamShares :
                                    java.util.List.of(Set.<String>of(), Set.of("east"), Set.of("west"))) {
                                boolean shared = userShares.contains("sales2") || teamShares.contains("east");
                                assertEquals(
                                        VisibilityRule.canSee(caller, owner, team, shared),
                                        reach.reaches(owner, team, userShares, teamShares),
                                        scope + " " + permissions + " " + owner + " " + team + " " + userShares + " "
                                                + teamShares);
                            }
                        }
                    }
                }
                assertEquals(reach.nothing(), scope == Scope.NONE || permissions.isEmpty());
            }
        }
    }
}
