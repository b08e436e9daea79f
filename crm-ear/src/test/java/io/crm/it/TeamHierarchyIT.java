package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Managers see the teams below theirs; team and membership changes apply to the next request. */
class TeamHierarchyIT extends EndToEndTest {

    @Test
    void aManagerSeesSubTeamsAndMembershipChangesApplyAtOnce() {
        Api admin = Api.as(deployment, "admin");
        String suffix = Deployments.uniqueName("x").substring(2);
        String subTeam = "east-" + suffix;
        String deeper = subTeam + "-a";
        String member = "rep-" + suffix;

        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/teams/" + subTeam,
                                Api.JSON,
                                "{\"name\": \"East " + suffix + "\", \"parentId\": \"east\"}")
                        .status());
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/teams/" + deeper,
                                Api.JSON,
                                "{\"name\": \"Deeper\", \"parentId\": \"" + subTeam + "\"}")
                        .status());
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/users/" + member,
                                Api.JSON,
                                "{\"displayName\": \"Rep " + suffix + "\", \"teamId\": \"" + deeper + "\"}")
                        .status());

        Api.Response created = admin.post(
                "customers", "{\"name\": \"" + Deployments.uniqueName("Deep") + "\", \"ownerId\": \"" + member + "\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(deeper, created.json().getString("teamId"), "a customer's team defaults to its owner's");
        String id = created.json().getString("id");

        assertEquals(
                200,
                Api.as(deployment, "manager").get("customers/" + id).status(),
                "east's manager reaches two levels down");
        assertEquals(
                404, Api.as(deployment, "service1").get("customers/" + id).status(), "service reads its own team only");
        assertEquals(404, Api.as(deployment, "sales1").get("customers/" + id).status());

        // the hierarchy stays a tree, and only admins change it
        assertEquals(
                400,
                admin.send(
                                "PUT",
                                "admin/teams/east",
                                Api.JSON,
                                "{\"name\": \"East\", \"parentId\": \"" + deeper + "\"}")
                        .status());
        assertEquals(
                400,
                admin.send(
                                "PUT",
                                "admin/teams/" + subTeam,
                                Api.JSON,
                                "{\"name\": \"x\", \"parentId\": \"no-such-team\"}")
                        .status());
        assertEquals(
                400,
                admin.send("PUT", "admin/users/" + member, Api.JSON, "{\"displayName\": \"\", \"teamId\": \"east\"}")
                        .status());
        assertEquals(
                403,
                Api.as(deployment, "manager")
                        .send("PUT", "admin/teams/" + subTeam, Api.JSON, "{\"name\": \"Mine\"}")
                        .status());

        // moving the sub-team under west takes it out of east's manager's reach on the next request
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/teams/" + subTeam,
                                Api.JSON,
                                "{\"name\": \"East " + suffix + "\", \"parentId\": \"west\"}")
                        .status());
        assertEquals(404, Api.as(deployment, "manager").get("customers/" + id).status());

        // every change is in the audit trail
        assertEquals(
                2,
                Api.as(deployment, "auditor")
                        .get("audit?entityType=team&entityId=" + subTeam)
                        .json()
                        .getJsonArray("items")
                        .size());
    }
}
