package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** IT redeploys the EAR (an upgrade, a restart): the schedules are still there and still due at the same times. */
@ExtendWith(ArquillianExtension.class)
class ScheduleRedeployIT {

    private static final String NAME = "crm-redeployed";

    @Deployment(name = NAME, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aScheduleSurvivesARedeploy() throws Exception {
        deploy();
        Api batch = Api.as(new URL("http://localhost:8080/crm/"), "batch");
        Api.Response created = batch.post(
                "schedules",
                "{\"jobName\": \"search-reindex\", \"cron\": \"15 3 * * 1\", "
                        + "\"timeZone\": \"Asia/Shanghai\", \"parameters\": {\"chunkSize\": 300}}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");

        deployer.undeploy(NAME);
        deploy();

        JsonObject after = batch.get("schedules/" + id).json();
        assertEquals("15 3 * * 1", after.getString("cron"));
        assertEquals("Asia/Shanghai", after.getString("timeZone"));
        assertEquals(300, after.getJsonObject("parameters").getInt("chunkSize"));
        assertEquals(created.json().getJsonArray("nextFireTimes"), after.getJsonArray("nextFireTimes"));
        assertEquals(204, batch.delete("schedules/" + id, null).status());
        deployer.undeploy(NAME);
    }

    /**
     * Deploys, once more after a failure: the first deployment into a freshly started domain now and then fails
     * inside Payara ("Error while installing policy provider": the admin thread has no context class loader).
     */
    private void deploy() throws InterruptedException {
        try {
            deployer.deploy(NAME);
        } catch (Exception firstDeploymentRace) {
            Thread.sleep(2000);
            deployer.deploy(NAME);
        }
    }
}
