package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.crm.common.JpqlCondition;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VisibilityRuleTest {

    private static final String ME = "li.na";
    private static final Set<String> MY_TEAMS = Set.of("east", "east-1");

    /** A record as the rule sees it: who owns it and which team it belongs to. */
    private record Rec(String ownerId, String teamId) {}

    private static final Rec OWN = new Rec(ME, "east");
    private static final Rec OWN_WITHOUT_TEAM = new Rec(ME, null);
    private static final Rec OWN_IN_OTHER_TEAM = new Rec(ME, "west");
    private static final Rec TEAMMATE = new Rec("wang.fang", "east");
    private static final Rec SUB_TEAM = new Rec("zhao.lei", "east-1");
    private static final Rec OTHER_TEAM = new Rec("chen.jie", "west");
    private static final Rec NOBODYS = new Rec(null, null);
    private static final List<Rec> ALL_RECORDS =
            List.of(OWN, OWN_WITHOUT_TEAM, OWN_IN_OTHER_TEAM, TEAMMATE, SUB_TEAM, OTHER_TEAM, NOBODYS);

    private static Caller reader(Scope scope, Set<String> teams) {
        return new Caller(ME, EnumSet.of(Permission.CUSTOMER_READ), scope, teams);
    }

    private static boolean sees(Caller caller, Rec rec) {
        return VisibilityRule.canSee(caller, rec.ownerId(), rec.teamId());
    }

    // --- canSee per scope ---

    @Test
    void allScopeSeesEveryRecord() {
        Caller caller = reader(Scope.ALL, Set.of());

        ALL_RECORDS.forEach(rec -> assertTrue(sees(caller, rec), rec.toString()));
    }

    @Test
    void teamScopeSeesOwnRecordsAndThoseOfItsTeams() {
        Caller caller = reader(Scope.TEAM, MY_TEAMS);

        assertTrue(sees(caller, OWN));
        assertTrue(sees(caller, OWN_WITHOUT_TEAM));
        assertTrue(sees(caller, OWN_IN_OTHER_TEAM));
        assertTrue(sees(caller, TEAMMATE));
        assertTrue(sees(caller, SUB_TEAM));
        assertFalse(sees(caller, OTHER_TEAM));
        assertFalse(sees(caller, NOBODYS));
    }

    @Test
    void teamScopeWithoutTeamsFallsBackToOwnRecords() {
        Caller caller = reader(Scope.TEAM, Set.of());

        assertTrue(sees(caller, OWN));
        assertTrue(sees(caller, OWN_WITHOUT_TEAM));
        assertFalse(sees(caller, TEAMMATE));
        assertFalse(sees(caller, SUB_TEAM));
        assertFalse(sees(caller, OTHER_TEAM));
    }

    @Test
    void ownScopeSeesOnlyOwnRecords() {
        Caller caller = reader(Scope.OWN, MY_TEAMS);

        assertTrue(sees(caller, OWN));
        assertTrue(sees(caller, OWN_WITHOUT_TEAM));
        assertTrue(sees(caller, OWN_IN_OTHER_TEAM));
        assertFalse(sees(caller, TEAMMATE));
        assertFalse(sees(caller, SUB_TEAM));
        assertFalse(sees(caller, OTHER_TEAM));
        assertFalse(sees(caller, NOBODYS));
    }

    @Test
    void noneScopeSeesNothing() {
        Caller caller = reader(Scope.NONE, MY_TEAMS);

        ALL_RECORDS.forEach(rec -> assertFalse(sees(caller, rec), rec.toString()));
    }

    @Test
    void callerWithoutCustomerReadSeesNothingWhateverTheScope() {
        for (Scope scope : Scope.values()) {
            Caller caller =
                    new Caller(ME, EnumSet.of(Permission.REPORT_READ, Permission.CUSTOMER_WRITE), scope, MY_TEAMS);

            ALL_RECORDS.forEach(rec -> assertFalse(sees(caller, rec), scope + " " + rec));
            assertEquals(new JpqlCondition("1 = 0", Map.of()), VisibilityRule.jpql(caller, "c"), scope.name());
        }
    }

    @Test
    void rolesMapToTheExpectedVisibility() {
        Caller sales = Caller.of(ME, Set.of(Role.SALES), Set.of());
        Caller manager = Caller.of(ME, Set.of(Role.MANAGER), MY_TEAMS);
        Caller analyst = Caller.of(ME, Set.of(Role.ANALYST), Set.of());
        Caller batch = Caller.of(ME, Set.of(Role.BATCH_ADMIN), Set.of());

        assertTrue(sees(sales, OWN));
        assertFalse(sees(sales, TEAMMATE));
        assertTrue(sees(manager, SUB_TEAM));
        assertFalse(sees(manager, OTHER_TEAM));
        assertTrue(sees(analyst, OTHER_TEAM));
        assertFalse(sees(batch, OWN));
    }

    // --- jpql per scope ---

    @Test
    void allScopePredicateIsAlwaysTrue() {
        assertEquals(new JpqlCondition("1 = 1", Map.of()), VisibilityRule.jpql(reader(Scope.ALL, MY_TEAMS), "c"));
    }

    @Test
    void teamScopePredicateMatchesOwnerOrTeams() {
        JpqlCondition p = VisibilityRule.jpql(reader(Scope.TEAM, MY_TEAMS), "c");

        assertEquals("(c.ownerId = :vis_user OR c.teamId IN :vis_teams)", p.jpql());
        assertEquals(Map.of("vis_user", ME, "vis_teams", MY_TEAMS), p.parameters());
    }

    @Test
    void teamScopePredicateWithoutTeamsMatchesOwnerOnly() {
        JpqlCondition p = VisibilityRule.jpql(reader(Scope.TEAM, Set.of()), "c");

        assertEquals("c.ownerId = :vis_user", p.jpql());
        assertEquals(Map.of("vis_user", ME), p.parameters());
    }

    @Test
    void ownScopePredicateMatchesOwner() {
        JpqlCondition p = VisibilityRule.jpql(reader(Scope.OWN, MY_TEAMS), "c");

        assertEquals("c.ownerId = :vis_user", p.jpql());
        assertEquals(Map.of("vis_user", ME), p.parameters());
    }

    @Test
    void noneScopePredicateIsAlwaysFalse() {
        assertEquals(new JpqlCondition("1 = 0", Map.of()), VisibilityRule.jpql(reader(Scope.NONE, MY_TEAMS), "c"));
    }

    @Test
    void predicateUsesTheGivenAliasAndVisPrefixedParameters() {
        JpqlCondition p = VisibilityRule.jpql(reader(Scope.TEAM, MY_TEAMS), "cust");

        assertEquals("(cust.ownerId = :vis_user OR cust.teamId IN :vis_teams)", p.jpql());
        p.parameters().keySet().forEach(name -> assertTrue(name.startsWith("vis_"), name));
    }

    // --- the predicate and canSee must agree ---

    @Test
    void predicateAndCanSeeAgreeForEveryScopeTeamSetAndRecord() {
        for (Scope scope : Scope.values()) {
            for (Set<String> teams : List.of(Set.<String>of(), MY_TEAMS)) {
                for (boolean canRead : List.of(true, false)) {
                    EnumSet<Permission> permissions =
                            canRead ? EnumSet.of(Permission.CUSTOMER_READ) : EnumSet.noneOf(Permission.class);
                    Caller caller = new Caller(ME, permissions, scope, teams);
                    JpqlCondition predicate = VisibilityRule.jpql(caller, "c");
                    for (Rec rec : ALL_RECORDS) {
                        assertEquals(
                                sees(caller, rec),
                                evaluate(predicate, rec),
                                () -> scope + " teams=" + teams + " read=" + canRead + " " + rec + " " + predicate);
                    }
                }
            }
        }
    }

    private static final Pattern OWNER_EQUALS = Pattern.compile("c\\.ownerId = :(\\w+)");
    private static final Pattern TEAM_IN = Pattern.compile("c\\.teamId IN :(\\w+)");

    /**
     * Evaluates the predicate shapes the rule produces with SQL semantics (a comparison with NULL is not true);
     * fails on any other shape, so that a new shape gets a matching evaluation here.
     */
    private static boolean evaluate(JpqlCondition predicate, Rec rec) {
        String condition = predicate.jpql();
        if (condition.startsWith("(") && condition.endsWith(")")) {
            condition = condition.substring(1, condition.length() - 1);
        }
        boolean result = false;
        for (String term : condition.split(" OR ")) {
            result |= evaluateTerm(term, predicate.parameters(), rec);
        }
        return result;
    }

    private static boolean evaluateTerm(String term, Map<String, Object> parameters, Rec rec) {
        if (term.equals("1 = 1")) {
            return true;
        }
        if (term.equals("1 = 0")) {
            return false;
        }
        Matcher owner = OWNER_EQUALS.matcher(term);
        if (owner.matches()) {
            return rec.ownerId() != null && rec.ownerId().equals(parameters.get(owner.group(1)));
        }
        Matcher team = TEAM_IN.matcher(term);
        if (team.matches()) {
            return rec.teamId() != null && ((Collection<?>) parameters.get(team.group(1))).contains(rec.teamId());
        }
        return fail("unknown predicate term: " + term);
    }
}
