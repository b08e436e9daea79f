package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.AccessDeniedException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardInterceptorTest {

    /** A service as the services declare their permissions. */
    @Requires(Permission.REPORT_READ)
    public static class Service {

        final CurrentCaller currentCaller;
        int runs;

        Service(CurrentCaller currentCaller) {
            this.currentCaller = currentCaller;
        }

        public String report() {
            runs++;
            return "report";
        }

        @Requires({Permission.SURVEY_MANAGE, Permission.JOB_OPERATE})
        public String importAnswers() {
            runs++;
            return "imported";
        }

        @Requires(anyOf = {Permission.SURVEY_MANAGE, Permission.SCORE_READ})
        public Caller readSurvey() {
            runs++;
            return currentCaller.get();
        }
    }

    private static Caller with(Permission... permissions) {
        Set<Permission> set =
                permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        return new Caller("someone", set, Scope.ALL, Set.of());
    }

    private static final CurrentCaller NOBODY = new CurrentCaller() {
        @Override
        public Caller get() {
            return with();
        }
    };

    @Test
    void theClassDeclarationChecksEveryMethodWithoutOneOfItsOwn() throws Exception {
        Service service = new Service(NOBODY);

        assertEquals("report", GuardedCall.invoke(service, with(Permission.REPORT_READ), "report"));
        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> GuardedCall.invoke(service, with(Permission.CUSTOMER_READ), "report"));

        assertTrue(refused.getMessage().contains("report:read"), refused.getMessage());
        assertEquals(1, service.runs, "a refused call never reaches the method");
    }

    @Test
    void aMethodDeclarationReplacesItsClassAndNeedsEveryPermissionItNames() throws Exception {
        Service service = new Service(NOBODY);

        assertEquals(
                "imported",
                GuardedCall.invoke(service, with(Permission.SURVEY_MANAGE, Permission.JOB_OPERATE), "importAnswers"));
        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> GuardedCall.invoke(
                        service, with(Permission.SURVEY_MANAGE, Permission.REPORT_READ), "importAnswers"));

        assertTrue(refused.getMessage().contains("job:operate"), refused.getMessage());
        assertEquals(1, service.runs);
    }

    @Test
    void anyOfNeedsOneOfThem() throws Exception {
        Service service = new Service(NOBODY);

        GuardedCall.invoke(service, with(Permission.SCORE_READ), "readSurvey");
        GuardedCall.invoke(service, with(Permission.SURVEY_MANAGE), "readSurvey");
        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> GuardedCall.invoke(service, with(Permission.REPORT_READ), "readSurvey"));

        assertTrue(
                refused.getMessage().contains("survey:manage")
                        && refused.getMessage().contains("score:read"),
                refused.getMessage());
        assertEquals(2, service.runs);
    }

    @Test
    void theMethodSeesTheCallerTheCheckWasMadeForAndItIsForgottenAfterwards() throws Exception {
        Caller reader = with(Permission.SCORE_READ);
        CurrentCaller resolving = new CurrentCaller() {
            @Override
            public Caller get() {
                return super.get();
            }
        };
        Service service = new Service(resolving);

        assertSame(reader, GuardedCall.invoke(service, reader, "readSurvey"));
        assertThrows(NullPointerException.class, resolving::get, "outside a checked call the resolver is asked again");
    }
}
