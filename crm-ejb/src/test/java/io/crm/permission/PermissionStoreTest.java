package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionStoreTest {

    @Test
    void rolesUniteTheirPermissionsAndTheWidestScopeWins() {
        PermissionStore.Grants grants = PermissionStore.combine(
                List.of(new RoleDefinition(Role.SERVICE), new RoleDefinition(Role.ANALYST)), List.of());

        assertEquals(Scope.ALL, grants.scope());
        assertTrue(grants.permissions().contains(Permission.NOTE_WRITE), "from service");
        assertTrue(grants.permissions().contains(Permission.REPORT_READ), "from analyst");
        assertFalse(grants.permissions().contains(Permission.CUSTOMER_PII_READ));
    }

    @Test
    void aGrantAddsAndARevocationRemovesOnTopOfTheRoles() {
        PermissionStore.Grants grants = PermissionStore.combine(
                List.of(new RoleDefinition(Role.SALES)),
                List.of(
                        new UserPermission("sales1", Permission.FOLLOWUP_DELETE, true),
                        new UserPermission("sales1", Permission.CUSTOMER_PII_READ, false)));

        assertTrue(grants.permissions().contains(Permission.FOLLOWUP_DELETE));
        assertFalse(grants.permissions().contains(Permission.CUSTOMER_PII_READ));
        assertTrue(grants.permissions().contains(Permission.CUSTOMER_WRITE));
        assertEquals(Scope.OWN, grants.scope(), "grants change permissions, not the scope");
    }

    @Test
    void withoutRolesOnlyGrantsRemainAndTheScopeIsNone() {
        PermissionStore.Grants grants = PermissionStore.combine(
                List.of(), List.of(new UserPermission("guest", Permission.CUSTOMER_READ, true)));

        assertEquals(Scope.NONE, grants.scope());
        assertEquals(java.util.Set.of(Permission.CUSTOMER_READ), grants.permissions());
    }

    @Test
    void aRoleChangedByAnAdminReplacesItsPermissionsAndScope() {
        RoleDefinition service = new RoleDefinition(Role.SERVICE);
        service.change(Scope.ALL, java.util.EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_PII_READ));

        PermissionStore.Grants grants = PermissionStore.combine(List.of(service), List.of());

        assertEquals(Scope.ALL, grants.scope());
        assertEquals(
                java.util.EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_PII_READ), grants.permissions());
    }

    @Test
    void theRowsOfOneRoundTripGiveTheSameGrantsAsTheEntities() {
        List<Object[]> rows = List.of(
                new Object[] {"OWN", "CUSTOMER_READ", null},
                new Object[] {"OWN", "CUSTOMER_PII_READ", null},
                new Object[] {"TEAM", null, null},
                new Object[] {null, "FOLLOWUP_DELETE", true},
                new Object[] {null, "CUSTOMER_PII_READ", false});

        PermissionStore.Grants grants = PermissionStore.fromRows("sales1", rows);

        assertEquals(Scope.TEAM, grants.scope(), "a role without permissions still brings its scope");
        assertEquals(java.util.EnumSet.of(Permission.CUSTOMER_READ, Permission.FOLLOWUP_DELETE), grants.permissions());
    }
}
