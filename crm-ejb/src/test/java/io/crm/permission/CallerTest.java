package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void singleRoleGivesItsPermissionsAndScope() {
        Caller sales = Caller.of("li.na", Set.of(Role.SALES), Set.of());

        assertEquals("li.na", sales.userId());
        assertEquals(Role.SALES.permissions(), sales.permissions());
        assertEquals(Scope.OWN, sales.scope());
        assertTrue(sales.has(Permission.CUSTOMER_WRITE));
        assertFalse(sales.has(Permission.CUSTOMER_DELETE));
    }

    @Test
    void severalRolesUnionTheirPermissions() {
        Caller caller = Caller.of("li.na", Set.of(Role.SALES, Role.BATCH_ADMIN), Set.of());

        EnumSet<Permission> expected = EnumSet.copyOf(Role.SALES.permissions());
        expected.addAll(Role.BATCH_ADMIN.permissions());
        assertEquals(expected, caller.permissions());
        assertTrue(caller.has(Permission.CUSTOMER_PII_READ));
        assertTrue(caller.has(Permission.JOB_OPERATE));
        assertFalse(caller.has(Permission.CUSTOMER_DELETE));
    }

    @Test
    void severalRolesTakeTheWidestScope() {
        assertEquals(
                Scope.TEAM,
                Caller.of("u", Set.of(Role.SALES, Role.SERVICE), Set.of("east")).scope());
        assertEquals(
                Scope.ALL,
                Caller.of("u", Set.of(Role.BATCH_ADMIN, Role.ANALYST), Set.of()).scope());
        assertEquals(
                Scope.ALL,
                Caller.of("u", Set.of(Role.MANAGER, Role.AUDITOR, Role.SALES), Set.of())
                        .scope());
        assertEquals(
                Scope.OWN,
                Caller.of("u", Set.of(Role.BATCH_ADMIN, Role.SALES), Set.of()).scope());
    }

    @Test
    void widestScopeDoesNotDependOnTheOrderOfRoles() {
        Set<Role> teamFirst = new LinkedHashSet<>(List.of(Role.SERVICE, Role.SALES, Role.BATCH_ADMIN));
        Set<Role> noneFirst = new LinkedHashSet<>(List.of(Role.BATCH_ADMIN, Role.SALES, Role.SERVICE));

        assertEquals(Scope.TEAM, Caller.of("u", teamFirst, Set.of()).scope());
        assertEquals(Scope.TEAM, Caller.of("u", noneFirst, Set.of()).scope());
    }

    @Test
    void scopeWidestPicksTheWiderOfTwo() {
        for (Scope a : Scope.values()) {
            for (Scope b : Scope.values()) {
                Scope wider = a.ordinal() >= b.ordinal() ? a : b;
                assertEquals(wider, a.widest(b), a + " vs " + b);
            }
        }
    }

    @Test
    void noRolesMeansNoPermissionsAndNoScope() {
        Caller anonymous = Caller.of("anonymous", Set.of(), Set.of());

        assertTrue(anonymous.permissions().isEmpty());
        assertEquals(Scope.NONE, anonymous.scope());
        for (Permission permission : Permission.values()) {
            assertFalse(anonymous.has(permission), permission.code());
        }
    }

    @Test
    void adminHasEveryPermission() {
        Caller admin = Caller.of("root", Set.of(Role.ADMIN), Set.of());

        assertEquals(EnumSet.allOf(Permission.class), admin.permissions());
        assertEquals(Scope.ALL, admin.scope());
    }

    @Test
    void permissionsAndTeamsCannotBeChangedAfterwards() {
        Set<String> teams = new HashSet<>(Set.of("east"));
        Caller caller = Caller.of("li.na", Set.of(Role.MANAGER), teams);

        teams.add("west");

        assertEquals(Set.of("east"), caller.scopeTeamIds());
        assertThrows(
                UnsupportedOperationException.class, () -> caller.permissions().add(Permission.PRIVACY_ERASE));
        assertThrows(
                UnsupportedOperationException.class, () -> caller.scopeTeamIds().add("west"));
    }

    @Test
    void callerOfRolesDoesNotShareTheRoleDefinitions() {
        Caller caller = Caller.of("li.na", Set.of(Role.SALES), Set.of());

        assertThrows(
                UnsupportedOperationException.class, () -> caller.permissions().add(Permission.CUSTOMER_DELETE));
        assertFalse(Role.SALES.permissions().contains(Permission.CUSTOMER_DELETE));
    }
}
