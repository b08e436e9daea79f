package io.crm.it;

import static io.crm.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every customer route, as every demo user, against records of every owner and team: the exact answer of each
 * cell (status, and whether personal data shows) is written out below from PRODUCT.md's role table, independently
 * of the code under test. All mismatches are reported together.
 */
class PermissionMatrixIT extends EndToEndTest {

    /** Records by owner: sales1 and manager in team east, sales3 in west, admin in no team. */
    private static final List<String> OWNERS = List.of("sales1", "sales3", "manager", "admin");

    private static final Map<String, String> TEAM_OF = Map.of("sales1", "east", "sales3", "west", "manager", "east");

    /** What a user sees of each owner's record: CLEAR, MASKED or NONE (404); and whether they may write and delete. */
    private enum Sight {
        CLEAR,
        MASKED,
        NONE
    }

    private record Expectation(Map<String, Sight> sight, boolean canWrite, boolean canDelete, boolean readsCustomers) {}

    private static final Map<String, Expectation> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(
                "admin", new Expectation(sights(Sight.CLEAR, Sight.CLEAR, Sight.CLEAR, Sight.CLEAR), true, true, true));
        EXPECTED.put(
                "manager",
                new Expectation(sights(Sight.CLEAR, Sight.NONE, Sight.CLEAR, Sight.NONE), true, false, true));
        EXPECTED.put(
                "sales1", new Expectation(sights(Sight.CLEAR, Sight.NONE, Sight.NONE, Sight.NONE), true, false, true));
        EXPECTED.put(
                "sales2", new Expectation(sights(Sight.NONE, Sight.NONE, Sight.NONE, Sight.NONE), true, false, true));
        EXPECTED.put(
                "sales3", new Expectation(sights(Sight.NONE, Sight.CLEAR, Sight.NONE, Sight.NONE), true, false, true));
        EXPECTED.put(
                "service1",
                new Expectation(sights(Sight.MASKED, Sight.NONE, Sight.MASKED, Sight.NONE), false, false, true));
        EXPECTED.put(
                "analyst",
                new Expectation(sights(Sight.MASKED, Sight.MASKED, Sight.MASKED, Sight.MASKED), false, false, true));
        EXPECTED.put(
                "auditor",
                new Expectation(sights(Sight.MASKED, Sight.MASKED, Sight.MASKED, Sight.MASKED), false, false, true));
        EXPECTED.put(
                "batch", new Expectation(sights(Sight.NONE, Sight.NONE, Sight.NONE, Sight.NONE), false, false, false));
    }

    /** Who holds privacy:export by default (admin, auditor); everyone else gets 403 exporting a person's data. */
    private static final Set<String> EXPORTS_PERSONAL_DATA = Set.of("admin", "auditor");

    /** Who holds privacy:erase by default (admin): erasure and legal holds; everyone else gets 403. */
    private static final Set<String> ERASES = Set.of("admin");

    /** Who holds points:adjust by default (admin, manager); everyone else gets 403 adjusting points. */
    private static final Set<String> ADJUSTS_POINTS = Set.of("admin", "manager");

    /** Who holds webhook:manage by default (admin); everyone else gets 403 on the webhook routes. */
    private static final Set<String> MANAGES_WEBHOOKS = Set.of("admin");

    private static Map<String, Sight> sights(Sight sales1, Sight sales3, Sight manager, Sight admin) {
        return Map.of("sales1", sales1, "sales3", sales3, "manager", manager, "admin", admin);
    }

    @Test
    void everyRouteAnswersEachUserExactlyAsTheRolesSay() {
        Api admin = Api.as(deployment, "admin");
        String tag = "matrix-" + Deployments.uniqueName("m").substring(2);
        List<String> failures = new ArrayList<>();

        for (Map.Entry<String, Expectation> row : EXPECTED.entrySet()) {
            String user = row.getKey();
            Expectation expected = row.getValue();
            Api api = Api.as(deployment, user);
            Map<String, String> ids = new LinkedHashMap<>();
            for (String owner : OWNERS) {
                ids.put(owner, createFor(admin, owner, tag + "-" + user));
                Api.Response points = admin.post(
                        "customers/" + ids.get(owner) + "/points/adjustments",
                        "{\"points\": 5, \"reason\": \"matrix\"}");
                assertEquals(201, points.status(), points::toString);
            }
            String userTag = tag + "-" + user;
            check(
                    failures,
                    user + ": GET webhooks",
                    MANAGES_WEBHOOKS.contains(user) ? 200 : 403,
                    api.get("webhooks").status());

            for (String owner : OWNERS) {
                String id = ids.get(owner);
                Sight sight = expected.sight().get(owner);
                String cell = user + " on " + owner + "'s customer";

                // GET: 403 without customer:read, else 404 or the record, masked or clear
                Api.Response get = api.get("customers/" + id);
                int expectedRead = !expected.readsCustomers() ? 403 : sight == Sight.NONE ? 404 : 200;
                check(failures, cell + ": GET", expectedRead, get.status());
                if (get.status() == 200 && sight != Sight.NONE) {
                    JsonObject c = get.json();
                    boolean masked = c.getBoolean("piiMasked");
                    String phone = c.getJsonArray("phones").getString(0);
                    if (masked != (sight == Sight.MASKED) || phone.contains("*") != (sight == Sight.MASKED)) {
                        failures.add(cell + ": GET shows phone " + phone + ", expected " + sight);
                    }
                }

                // purchases: list needs read; add needs write (and the record in scope)
                int expectedPurchases = !expected.readsCustomers() ? 403 : sight == Sight.NONE ? 404 : 200;
                check(
                        failures,
                        cell + ": GET purchases",
                        expectedPurchases,
                        api.get("customers/" + id + "/purchases").status());
                int expectedPurchase = !expected.canWrite() ? 403 : sight == Sight.NONE ? 404 : 201;
                check(
                        failures,
                        cell + ": POST purchase",
                        expectedPurchase,
                        api.post(
                                        "customers/" + id + "/purchases",
                                        "{\"amount\": \"10.00\", \"currency\": \"CNY\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}")
                                .status());

                // interactions and the timeline: reading needs read; reporting an interaction needs write
                check(
                        failures,
                        cell + ": GET timeline",
                        expectedPurchases,
                        api.get("customers/" + id + "/timeline").status());
                check(
                        failures,
                        cell + ": GET interactions",
                        expectedPurchases,
                        api.get("customers/" + id + "/interactions").status());
                check(
                        failures,
                        cell + ": POST interaction",
                        expectedPurchase,
                        api.post(
                                        "customers/" + id + "/interactions",
                                        "{\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}")
                                .status());

                // points: reading needs read; redeeming needs write; adjusting needs points:adjust (the record in
                // scope)
                check(
                        failures,
                        cell + ": GET points",
                        expectedPurchases,
                        api.get("customers/" + id + "/points").status());
                check(
                        failures,
                        cell + ": GET points entries",
                        expectedPurchases,
                        api.get("customers/" + id + "/points/entries").status());
                check(
                        failures,
                        cell + ": POST points redemption",
                        expectedPurchase,
                        api.post(
                                        "customers/" + id + "/points/redemptions",
                                        "{\"points\": 1, \"idempotencyKey\": \"" + Deployments.uniqueWord()
                                                + "\", \"reward\": \"matrix\"}")
                                .status());
                int expectedAdjustment = !ADJUSTS_POINTS.contains(user) ? 403 : sight == Sight.NONE ? 404 : 201;
                check(
                        failures,
                        cell + ": POST points adjustment",
                        expectedAdjustment,
                        api.post("customers/" + id + "/points/adjustments", "{\"points\": 1, \"reason\": \"matrix\"}")
                                .status());

                // consents need read; the export privacy:export, the legal hold privacy:erase (the record in reach)
                check(
                        failures,
                        cell + ": GET consents",
                        expectedPurchases,
                        api.get("customers/" + id + "/consents").status());
                int expectedExport = !EXPORTS_PERSONAL_DATA.contains(user) ? 403 : sight == Sight.NONE ? 404 : 200;
                check(
                        failures,
                        cell + ": GET personal data",
                        expectedExport,
                        api.get("customers/" + id + "/personal-data").status());
                int expectedHold = !ERASES.contains(user) ? 403 : sight == Sight.NONE ? 404 : 200;
                check(
                        failures,
                        cell + ": GET legal hold",
                        expectedHold,
                        api.get("customers/" + id + "/legal-hold").status());
                check(
                        failures,
                        cell + ": PUT legal hold",
                        expectedHold,
                        api.send(
                                        "PUT",
                                        "customers/" + id + "/legal-hold",
                                        Api.JSON,
                                        "{\"hold\": false, \"reason\": \"matrix\"}")
                                .status());

                // PATCH a harmless field
                int expectedPatch = !expected.canWrite() ? 403 : sight == Sight.NONE ? 404 : 200;
                check(
                        failures,
                        cell + ": PATCH",
                        expectedPatch,
                        api.patch("customers/" + id, "*", "{\"occupation\": \"tested\"}")
                                .status());
            }

            // list and count: exactly the records the user sees, masked as in GET
            Set<String> visible = new java.util.TreeSet<>();
            OWNERS.stream().filter(o -> expected.sight().get(o) != Sight.NONE).forEach(o -> visible.add(ids.get(o)));
            Api.Response list = api.get("customers?limit=200&tag=" + q(userTag));
            if (!expected.readsCustomers()) {
                check(failures, user + ": list", 403, list.status());
                check(
                        failures,
                        user + ": count",
                        403,
                        api.get("customers/count?tag=" + q(userTag)).status());
            } else {
                check(failures, user + ": list", 200, list.status());
                Set<String> listed = new java.util.TreeSet<>();
                list.json().getJsonArray("items").forEach(v -> {
                    JsonObject c = v.asJsonObject();
                    listed.add(c.getString("id"));
                    String owner = c.getString("ownerId");
                    boolean masked = c.getJsonArray("phones").getString(0).contains("*");
                    if (masked != (expected.sight().get(owner) == Sight.MASKED)) {
                        failures.add(user + ": list shows " + owner + "'s phone " + (masked ? "masked" : "clear"));
                    }
                });
                if (!listed.equals(visible)) {
                    failures.add(user + ": list has " + listed + ", expected " + visible);
                }
                int count = api.get("customers/count?tag=" + q(userTag)).json().getInt("count");
                check(failures, user + ": count", visible.size(), count);
            }

            // erasure, then DELETE last: 403 without privacy:erase or customer:delete, else 404 or the answer
            for (String owner : OWNERS) {
                Sight sight = expected.sight().get(owner);
                check(
                        failures,
                        user + " on " + owner + "'s customer: POST erasure",
                        !ERASES.contains(user) ? 403 : sight == Sight.NONE ? 404 : 200,
                        api.post("customers/" + ids.get(owner) + "/erasure", "{\"reason\": \"matrix\"}")
                                .status());
                int expectedDelete = !expected.canDelete() ? 403 : sight == Sight.NONE ? 404 : 204;
                check(
                        failures,
                        user + " on " + owner + "'s customer: DELETE",
                        expectedDelete,
                        api.delete("customers/" + ids.get(owner), null).status());
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " cells differ from the role table:\n" + String.join("\n", failures));
    }

    /** A customer owned by the given user (in their team), with a phone so that masking shows. */
    private static String createFor(Api admin, String owner, String tag) {
        String team = TEAM_OF.get(owner);
        Api.Response r = admin.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Matrix") + "\", \"phones\": [\""
                        + Deployments.uniquePhone() + "\"], \"ownerId\": \"" + owner + "\", "
                        + (team == null ? "" : "\"teamId\": \"" + team + "\", ")
                        + "\"tags\": [\"" + tag + "\"]}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static void check(List<String> failures, String cell, int expected, int actual) {
        if (expected != actual) {
            failures.add(cell + ": " + actual + ", expected " + expected);
        }
    }
}
