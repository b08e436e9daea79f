package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an orchestrator probes: /health/ready (database reachable and migrated, index open and current, read audit
 * keeping up) and /health/live, without a login and so without figures; an operator reads the figures, and which
 * datasource the CRM got (the domain's jdbc/crm in the PostgreSQL run, its own pool otherwise).
 */
class HealthProbesIT extends EndToEndTest {

    private static final Set<String> READINESS =
            Set.of("crm-database", "crm-search-index", "crm-audit-reads", "crm-webhooks");

    @Test
    void readinessAnswersAnonymouslyWithStatusesOnly() {
        Api.Response ready = Api.raw(root() + "/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"), ready::toString);
        assertEquals(READINESS, names(ready), ready::toString);
        noFigures(ready);
    }

    @Test
    void livenessIsSeparateAndAnswersAnonymouslyWithStatusesOnly() {
        Api.Response live = Api.raw(root() + "/health/live");
        assertEquals(200, live.status(), live::toString);
        assertEquals("UP", live.json().getString("status"), live::toString);
        assertTrue(
                names(live).stream().noneMatch(READINESS::contains),
                () -> "a database or index outage must not make the instance look dead: " + live);
        noFigures(live);
    }

    @Test
    void anAdminReadsTheFiguresBehindReadiness() {
        JsonObject database = Api.healthCheck(deployment, "crm-database");
        assertEquals("UP", database.getString("status"), database::toString);
        JsonObject data = database.getJsonObject("data");
        assertEquals("jdbc/crm", data.getString("resource"), database::toString);
        assertFalse(data.getString("schemaVersion").isEmpty(), database::toString);

        JsonObject index = Api.healthCheck(deployment, "crm-search-index");
        assertEquals("UP", index.getString("status"), index::toString);
        assertEquals(
                60_000,
                index.getJsonObject("data").getJsonNumber("maxLagMillis").longValue(),
                index::toString);

        Api.Response forAdmin = Api.as(deployment, "admin").get("admin/health");
        assertEquals(200, forAdmin.status(), forAdmin::toString);
        assertEquals("UP", forAdmin.json().getString("status"), forAdmin::toString);
        assertEquals(403, Api.as(deployment, "sales1").get("admin/health").status());
    }

    private String root() {
        return deployment.toString().replaceAll("/crm/?$", "");
    }

    private static Set<String> names(Api.Response health) {
        return health.json().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
    }

    private static void noFigures(Api.Response health) {
        for (JsonValue check : health.json().getJsonArray("checks")) {
            JsonObject c = check.asJsonObject();
            assertTrue(List.of("UP", "DOWN").contains(c.getString("status")), health::toString);
            assertTrue(
                    !c.containsKey("data") || c.getJsonObject("data").isEmpty(),
                    () -> "figures shown without a login: " + health);
        }
    }
}
