package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.AccessDeniedException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardTest {

    @Test
    void callerWithThePermissionPasses() {
        Caller sales = Caller.of("li.na", Set.of(Role.SALES), Set.of());

        assertDoesNotThrow(() -> Guard.require(sales, Permission.CUSTOMER_WRITE));
    }

    @Test
    void callerWithoutThePermissionIsRefusedNamingIt() {
        Caller sales = Caller.of("li.na", Set.of(Role.SALES), Set.of());

        AccessDeniedException e =
                assertThrows(AccessDeniedException.class, () -> Guard.require(sales, Permission.CUSTOMER_DELETE));

        assertTrue(e.getMessage().contains("customer:delete"), e.getMessage());
    }

    @Test
    void callerWithoutRolesIsRefusedEverything() {
        Caller anonymous = Caller.of("anonymous", Set.of(), Set.of());

        for (Permission permission : Permission.values()) {
            assertThrows(AccessDeniedException.class, () -> Guard.require(anonymous, permission), permission.code());
        }
    }

    @Test
    void adminPassesEverything() {
        Caller admin = Caller.of("root", Set.of(Role.ADMIN), Set.of());

        for (Permission permission : Permission.values()) {
            assertDoesNotThrow(() -> Guard.require(admin, permission), permission.code());
        }
    }

    @Test
    void batchAdminMayOperateJobsButNotReadCustomers() {
        Caller batch = Caller.of("ops", Set.of(Role.BATCH_ADMIN), Set.of());

        assertDoesNotThrow(() -> Guard.require(batch, Permission.JOB_OPERATE));
        assertThrows(AccessDeniedException.class, () -> Guard.require(batch, Permission.CUSTOMER_READ));
    }
}
