package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static final Set<String> ROLES = Set.of("admin", "sales", "service");

    @Test
    void withoutConfigurationAGroupCarriesTheRoleOfTheSameName() {
        RoleMapping mapping = RoleMapping.parse(null, ROLES);

        assertEquals(Set.of("sales"), mapping.rolesOf(Set.of("sales", "unrelated")));
        assertTrue(mapping.rolesOf(Set.of("Sales")).isEmpty(), "group names are case-sensitive");
    }

    @Test
    void configuredGroupsReplaceTheDefaultGroupOfTheirRoleOnly() {
        RoleMapping mapping = RoleMapping.parse("sales=CN=Sales,OU=Groups|crm-sales ; admin=it-admins", ROLES);

        assertEquals(Set.of("sales"), mapping.rolesOf(Set.of("CN=Sales,OU=Groups")));
        assertEquals(Set.of("sales"), mapping.rolesOf(Set.of("crm-sales")));
        assertTrue(mapping.rolesOf(Set.of("sales")).isEmpty(), "a mapped role no longer comes from its own name");
        assertEquals(Set.of("admin"), mapping.rolesOf(Set.of("it-admins")));
        assertEquals(Set.of("service"), mapping.rolesOf(Set.of("service")), "unmapped roles keep their default group");
    }

    @Test
    void oneGroupMayCarrySeveralRoles() {
        RoleMapping mapping = RoleMapping.parse("sales=staff;service=staff", ROLES);

        assertEquals(Set.of("sales", "service"), mapping.rolesOf(Set.of("staff")));
    }

    @Test
    void anUnknownRoleIsRefusedSoATypoIsNoticed() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("sale=crm-sales", ROLES));

        assertTrue(e.getMessage().contains("sale=crm-sales"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("no equals sign", ROLES));
    }
}
