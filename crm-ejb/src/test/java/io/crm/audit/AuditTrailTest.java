package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.AccessDeniedException;
import io.crm.common.PageRequest;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.GuardedCall;
import io.crm.permission.Permission;
import io.crm.permission.Scope;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static AuditTrail trailFor(Set<Permission> permissions) {
        AuditTrail trail = new AuditTrail();
        trail.currentCaller = new CurrentCaller() {
            @Override
            public Caller get() {
                return new Caller("someone", permissions, Scope.ALL, Set.of());
            }
        };
        return trail;
    }

    @Test
    void searchingNeedsAuditRead() {
        Set<Permission> allButAuditRead = EnumSet.complementOf(EnumSet.of(Permission.AUDIT_READ));

        assertThrows(
                AccessDeniedException.class,
                () -> GuardedCall.invoke(
                        trailFor(allButAuditRead),
                        new Caller("someone", allButAuditRead, Scope.ALL, Set.of()),
                        "search",
                        AuditFilter.none(),
                        new PageRequest(10, null)));
    }

    @Test
    void aJobActsAsItsSystemIdentity() {
        assertEquals("system:survey-dispatch", AuditTrail.systemActor("survey-dispatch"));
        assertEquals("system:nps-scoring", AuditTrail.systemActor("nps-scoring"));
    }

    @Test
    void aSystemIdentityNeedsAJobName() {
        for (String name : new String[] {null, "", "Survey", "survey dispatch", "sales1:x", "-x", "x-"}) {
            assertThrows(IllegalArgumentException.class, () -> AuditTrail.systemActor(name), String.valueOf(name));
        }
    }

    @Test
    void aReadIsNotRecordedAsAWrite() {
        assertThrows(
                IllegalArgumentException.class,
                () -> trailFor(EnumSet.allOf(Permission.class))
                        .recordWrite("sales1", AuditAction.READ_PII, "customer", "50", Map.of()));
    }
}
