package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApplicationTagTest {

    @Test
    void everyComponentAndDeploymentOfTheApplicationSharesThePrefix() {
        String prefix = "server-config:crm_";
        assertEquals(
                prefix,
                ApplicationTag.prefix("server-config:crm_crm-batch.jar_JobOperations_117747661387325394", "crm"));
        assertEquals(
                prefix, ApplicationTag.prefix("server-config:crm_crm-batch.jar_ImportJobs_117747666834725925", "crm"));
    }

    @Test
    void anotherApplicationsTagIsLeftAlone() {
        assertNull(ApplicationTag.prefix("server-config:crmx_web.war_Servlet_1", "crm"));
        assertNull(ApplicationTag.prefix("no colon", "crm"));
    }

    @Test
    void theLikePatternMatchesThePrefixLiterally() {
        assertEquals("server-config:crm!_%", ApplicationTag.like("server-config:crm_"));
        assertEquals("a!!b!%c!_%", ApplicationTag.like("a!b%c_"));
    }
}
