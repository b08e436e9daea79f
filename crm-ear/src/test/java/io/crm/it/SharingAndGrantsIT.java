package io.crm.it;

import static io.crm.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Shares widen what a user sees; grants, revocations and role changes apply on the next request. */
class SharingAndGrantsIT extends EndToEndTest {

    @Test
    void aShareLetsAnotherUserReadThenWriteUntilItIsWithdrawn() {
        Api sales1 = Api.as(deployment, "sales1");
        Api sales2 = Api.as(deployment, "sales2");
        Api sales3 = Api.as(deployment, "sales3");
        String tag = "shared-" + Deployments.uniqueName("t").substring(2);
        Api.Response created = sales1.post(
                "customers", "{\"name\": \"" + Deployments.uniqueName("Shared") + "\", \"tags\": [\"" + tag + "\"]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");

        assertEquals(404, sales2.get("customers/" + id).status());
        assertEquals(0, count(sales2, tag));

        Api.Response share =
                sales1.post("customers/" + id + "/shares", "{\"userId\": \"sales2\", \"access\": \"READ\"}");
        assertEquals(201, share.status(), share::toString);
        assertEquals(200, sales2.get("customers/" + id).status());
        assertEquals(1, count(sales2, tag));
        Api.Response readOnly = sales2.patch("customers/" + id, "*", "{\"city\": \"杭州\"}");
        assertEquals(403, readOnly.status(), readOnly::toString);
        assertEquals(
                403,
                sales2.post("customers/" + id + "/shares", "{\"userId\": \"sales3\", \"access\": \"READ\"}")
                        .status(),
                "a share must not pass on further");

        assertEquals(
                201,
                sales1.post("customers/" + id + "/shares", "{\"userId\": \"sales2\", \"access\": \"WRITE\"}")
                        .status());
        assertEquals(
                1,
                sales1.get("customers/" + id + "/shares")
                        .json()
                        .getJsonArray("items")
                        .size(),
                "sharing again replaces");
        assertEquals(
                200, sales2.patch("customers/" + id, "*", "{\"city\": \"杭州\"}").status());

        // a team share reaches the members of the team
        assertEquals(404, sales3.get("customers/" + id).status());
        Api.Response team = sales1.post("customers/" + id + "/shares", "{\"teamId\": \"west\", \"access\": \"READ\"}");
        assertEquals(201, team.status(), team::toString);
        assertEquals(200, sales3.get("customers/" + id).status());
        assertEquals(1, count(sales3, tag));

        // withdrawn: gone again, in reads and in lists
        for (var item : sales1.get("customers/" + id + "/shares").json().getJsonArray("items")) {
            assertEquals(
                    204,
                    sales1.delete(
                                    "customers/" + id + "/shares/"
                                            + item.asJsonObject().getString("id"),
                                    null)
                            .status());
        }
        assertEquals(404, sales2.get("customers/" + id).status());
        assertEquals(404, sales3.get("customers/" + id).status());
        assertEquals(0, count(sales2, tag));

        // bad shares change nothing
        assertEquals(
                400,
                sales1.post(
                                "customers/" + id + "/shares",
                                "{\"userId\": \"sales2\", \"teamId\": \"west\", \"access\": \"READ\"}")
                        .status());
        assertEquals(
                400,
                sales1.post("customers/" + id + "/shares", "{\"userId\": \"nobody-like-this\", \"access\": \"READ\"}")
                        .status());
        assertEquals(
                400,
                sales1.post("customers/" + id + "/shares", "{\"userId\": \"sales2\", \"access\": \"OWN\"}")
                        .status());
        assertEquals(
                0,
                sales1.get("customers/" + id + "/shares")
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void grantsRevocationsAndRoleChangesApplyOnTheNextRequest() {
        Api admin = Api.as(deployment, "admin");
        Api sales2 = Api.as(deployment, "sales2");
        Api service1 = Api.as(deployment, "service1");
        assertEquals(403, sales2.get("admin/roles").status());

        Api.Response created = sales2.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Granted") + "\", \"phones\": [\"" + Deployments.uniquePhone()
                        + "\"]}");
        String id = created.json().getString("id");
        assertFalse(sales2.get("customers/" + id).json().getBoolean("piiMasked"));

        JsonObject serviceRole = admin.get("admin/roles").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getString("name").equals("service"))
                .findFirst()
                .orElseThrow();
        try {
            // a revocation takes personal data away from one sales user
            Api.Response revoked = admin.send(
                    "PUT", "admin/users/sales2/permissions", Api.JSON, "{\"revocations\": [\"customer:pii:read\"]}");
            assertEquals(200, revoked.status(), revoked::toString);
            assertTrue(sales2.get("customers/" + id).json().getBoolean("piiMasked"));

            // a role change gives every service user clear personal data
            Api.Response changed = admin.send(
                    "PUT",
                    "admin/roles/service",
                    Api.JSON,
                    "{\"scope\": \"TEAM\", \"permissions\": [\"customer:read\", \"customer:pii:read\", \"note:write\", \"followup:write\"]}");
            assertEquals(200, changed.status(), changed::toString);
            assertFalse(service1.get("customers/" + id).json().getBoolean("piiMasked"));

            assertEquals(
                    400,
                    admin.send(
                                    "PUT",
                                    "admin/roles/service",
                                    Api.JSON,
                                    "{\"scope\": \"TEAM\", \"permissions\": [\"customer:fly\"]}")
                            .status());
            assertEquals(
                    400,
                    admin.send(
                                    "PUT",
                                    "admin/users/sales2/permissions",
                                    Api.JSON,
                                    "{\"grants\": [\"customer:read\"], \"revocations\": [\"customer:read\"]}")
                            .status());
            assertEquals(
                    404,
                    admin.send("PUT", "admin/roles/wizard", Api.JSON, "{\"scope\": \"ALL\", \"permissions\": []}")
                            .status());
        } finally {
            admin.send("PUT", "admin/users/sales2/permissions", Api.JSON, "{}");
            admin.send(
                    "PUT",
                    "admin/roles/service",
                    Api.JSON,
                    "{\"scope\": \"" + serviceRole.getString("scope") + "\", \"permissions\": "
                            + serviceRole.getJsonArray("permissions") + "}");
        }
        assertFalse(sales2.get("customers/" + id).json().getBoolean("piiMasked"));
        assertTrue(service1.get("customers/" + id).json().getBoolean("piiMasked"));
    }

    private static int count(Api api, String tag) {
        return api.get("customers/count?tag=" + q(tag)).json().getInt("count");
    }
}
