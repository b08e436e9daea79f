package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A batch administrator surveys a segment: the dispatch skips customers without consent, without an email and
 * surveyed lately by another survey, and invites each other customer exactly once even when stopped and
 * restarted half way; customers answer by token; a detractor opens a follow-up for their owner; a CSV import takes
 * the good rows and reports the bad ones; the nps-scoring job gives the NPS this test computes itself.
 */
class SurveysIT extends EndToEndTest {

    @Test
    void aSurveyIsDispatchedAnsweredImportedAndScored() throws Exception {
        Api batch = Api.as(deployment, "batch");
        Api sales1 = Api.as(deployment, "sales1");
        String tag = "survey-" + Deployments.uniqueWord();
        String recent = tag + "-recent";
        Set<String> eligible = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            boolean consent = i % 10 != 0;
            boolean email = i % 10 != 1;
            boolean tired = i % 10 == 2;
            String body = "{\"name\": \"" + Deployments.uniqueName("Surveyed") + "\", \"tags\": [\"" + tag + "\""
                    + (tired ? ", \"" + recent + "\"" : "") + "], \"consents\": {\"EMAIL\": " + consent + "}"
                    + (email ? ", \"emails\": [\"" + Deployments.uniqueWord() + "@example.com\"]" : "") + "}";
            Api.Response created = sales1.post("customers", body);
            assertEquals(201, created.status(), created::toString);
            if (consent && email && !tired) {
                eligible.add(created.json().getString("id"));
            }
        }
        String everyone = segment(batch, tag);
        String lately = segment(batch, recent);

        assertEquals(403, sales1.post("surveys", "{}").status());
        Api.Response bad = batch.post(
                "surveys",
                "{\"name\": \"\", \"type\": \"NPS\", \"question\": \"q\", \"channel\": \"FAX\", "
                        + "\"target\": {\"segmentId\": \"" + everyone + "\"}, \"fatigueDays\": \"30\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(Set.of("channel", "fatigueDays"), fields(bad), "values of the wrong type or kind come first");
        Api.Response unnamed = batch.post(
                "surveys",
                "{\"name\": \" \", \"type\": \"NPS\", \"question\": \"q\", \"channel\": \"EMAIL\", "
                        + "\"target\": {\"everyone\": true}, \"closedLoopThreshold\": 3}");
        assertEquals(Set.of("name", "closedLoopThreshold"), fields(unnamed));
        assertEquals(
                400,
                batch.post(
                                "surveys",
                                "{\"name\": \"n\", \"type\": \"NPS\", \"question\": \"q\", \"channel\": \"EMAIL\", "
                                        + "\"target\": {\"segmentId\": \"99999999\"}}")
                        .status(),
                "no such segment");

        // another survey invited some of them a moment ago: they are left alone (fatigue across surveys)
        String first = survey(batch, "Onboarding CSAT", "CSAT", lately);
        JsonObject firstRun =
                Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + first + "}", Duration.ofSeconds(120));
        assertEquals("INVITED 20, NO_CONSENT 0, NO_CONTACT 0, FATIGUE 0", firstRun.getString("exitStatus"));

        // the NPS survey, dispatched one customer per chunk, stopped half way and restarted from its checkpoint
        String nps = survey(batch, "Q4 NPS", "NPS", everyone);
        Api.Response slow = batch.post(
                "jobs/survey-dispatch/executions", "{\"parameters\": {\"surveyId\": " + nps + ", \"chunkSize\": 1}}");
        assertEquals(202, slow.status(), slow::toString);
        long stopped = slow.json().getJsonNumber("executionId").longValue();
        Jobs.waitFor(
                batch,
                stopped,
                e -> e.getString("status").equals("STARTED")
                        && e.containsKey("progress")
                        && e.getJsonNumber("progress").doubleValue() > 0.05,
                Duration.ofSeconds(60));
        assertEquals(
                200, batch.post("jobs/executions/" + stopped + "/stop", "{}").status());
        Jobs.waitFor(batch, stopped, e -> e.getString("status").equals("STOPPED"), Duration.ofSeconds(60));
        int before = invitations(batch, nps).size();
        assertTrue(before > 0 && before < 140, "stopped half way: " + before);
        long restarted = batch.post("jobs/executions/" + stopped + "/restart", "{}")
                .json()
                .getJsonNumber("executionId")
                .longValue();
        JsonObject done = Jobs.waitFor(
                batch,
                restarted,
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(120));
        assertEquals(
                "INVITED 140, NO_CONSENT 20, NO_CONTACT 20, FATIGUE 20", done.getString("exitStatus"), done::toString);

        // a third survey a moment later finds every eligible customer surveyed lately
        String again = survey(batch, "Q4 NPS, again", "NPS", everyone);
        Api.Response started = batch.post("surveys/" + again + "/dispatches", "{}");
        assertEquals(202, started.status(), started::toString);
        JsonObject againRun = Jobs.waitFor(
                batch,
                started.json().getJsonNumber("executionId").longValue(),
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(120));
        assertEquals(
                "INVITED 0, NO_CONSENT 20, NO_CONTACT 20, FATIGUE 160",
                againRun.getString("exitStatus"),
                againRun::toString);
        Api.Response read = batch.get("surveys/" + again);
        Api.Response patched = batch.patch(
                "surveys/" + again, read.header("ETag"), "{\"target\": {\"everyone\": true}, \"fatigueDays\": 0}");
        assertEquals(200, patched.status(), patched::toString);
        assertTrue(patched.json().getJsonObject("target").getBoolean("everyone"), "a target replaces the target");
        assertEquals(0, patched.json().getInt("fatigueDays"));
        assertEquals(
                412,
                batch.patch("surveys/" + again, read.header("ETag"), "{\"fatigueDays\": 1}")
                        .status());
        assertEquals(
                400,
                batch.patch("surveys/" + nps, batch.get("surveys/" + nps).header("ETag"), "{\"type\": \"CSAT\"}")
                        .status(),
                "the scale is fixed once customers were invited");
        assertEquals(404, batch.post("surveys/99999999/dispatches", "{}").status());
        assertEquals(
                400,
                batch.post("surveys/" + again + "/dispatches", "{\"resume\": \"99999999\"}")
                        .status());
        List<JsonObject> invited = invitations(batch, nps);
        Set<String> customers = new HashSet<>();
        invited.forEach(i -> assertTrue(customers.add(i.getString("customerId")), "one invitation per customer"));
        assertEquals(eligible, customers);
        assertTrue(invited.stream()
                .allMatch(i -> i.getString("status").equals("PENDING")
                        && i.getString("token").length() >= 43));

        // answers by token, without a login; the first ones at once, all in the cohort that the first answer creates
        Api anonymous = Api.as(deployment, null);
        List<Integer> scores = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> racing = invited.subList(30, 38).stream()
                .<Callable<Integer>>map(i -> () -> anonymous
                        .post("public/responses/" + i.getString("token"), "{\"score\": 8}")
                        .status())
                .toList();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : clients.invokeAll(racing)) {
            statuses.add(status.get());
        }
        clients.shutdown();
        assertEquals(Collections.nCopies(8, 201), statuses, "answers racing to create their cohort");
        scores.addAll(Collections.nCopies(8, 8));
        String detractorToken = invited.get(0).getString("token");
        Api.Response answered =
                anonymous.post("public/responses/" + detractorToken, "{\"score\": 3, \"comment\": \"太慢了 too slow\"}");
        assertEquals(201, answered.status(), answered::toString);
        scores.add(3);
        assertEquals(
                409,
                anonymous
                        .post("public/responses/" + detractorToken, "{\"score\": 9}")
                        .status());
        assertEquals(
                404,
                anonymous
                        .post("public/responses/" + "x".repeat(43), "{\"score\": 9}")
                        .status());
        String token = invited.get(1).getString("token");
        for (String body : new String[] {
            "{\"score\": 11}",
            "{\"score\": -1}",
            "{\"score\": \"9\"}",
            "{\"score\": 9.5}",
            "{}",
            "{\"score\": 9, \"comment\": \"" + "长".repeat(2001) + "\"}",
            "{\"score\": 9, \"colour\": 1}",
            "not json"
        }) {
            Api.Response r = anonymous.post("public/responses/" + token, body);
            assertEquals(400, r.status(), () -> body + " → " + r);
        }
        assertEquals(
                200,
                batch.post("surveys/" + nps + "/invitations/" + invited.get(1).getString("id") + "/sent", "")
                        .status());
        assertEquals(
                409,
                batch.post("surveys/" + nps + "/invitations/" + invited.get(1).getString("id") + "/sent", "")
                        .status());
        assertEquals(
                201,
                anonymous.post("public/responses/" + token, "{\"score\": 10}").status(),
                "a bad answer changed nothing");
        scores.add(10);
        assertEquals(
                List.of("RESPONDED"),
                batch
                        .get("surveys/" + nps + "/invitations?status=RESPONDED&limit=1")
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .map(i -> i.asJsonObject().getString("status"))
                        .toList());

        // a delivery report racing each answer: the answer is always taken, and RESPONDED is never overwritten by SENT
        List<JsonObject> raced = invited.subList(40, 48);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        List<Future<Integer>> reports = new ArrayList<>();
        for (JsonObject i : raced) {
            reports.add(
                    racers.submit(() -> batch.post("surveys/" + nps + "/invitations/" + i.getString("id") + "/sent", "")
                            .status()));
            answers.add(racers.submit(() -> anonymous
                    .post("public/responses/" + i.getString("token"), "{\"score\": 9}")
                    .status()));
        }
        for (int r = 0; r < raced.size(); r++) {
            assertEquals(201, answers.get(r).get(), "a response wins over sent");
            assertTrue(List.of(200, 409).contains(reports.get(r).get()), "sent before the answer, or refused after it");
            scores.add(9);
        }
        racers.shutdown();
        Set<String> responded = new HashSet<>();
        invitations(batch, nps).stream()
                .filter(i -> i.getString("status").equals("RESPONDED"))
                .forEach(i -> responded.add(i.getString("id")));
        raced.forEach(i -> assertTrue(responded.contains(i.getString("id")), "still RESPONDED: " + i.getString("id")));
        JsonObject answeredTrail = Api.as(deployment, "auditor")
                .get("audit?actor=system:survey-public-link&limit=200")
                .json();
        assertTrue(
                answeredTrail.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(e -> e.getString("entityType").equals("survey-response")),
                answeredTrail::toString);
        assertTrue(answeredTrail.toString().contains("太慢了"), "the comment, as the trail keeps free text");
        JsonObject sentTrail = Api.as(deployment, "auditor")
                .get("audit?actor=batch&entityType=survey-invitation&limit=5")
                .json();
        assertTrue(sentTrail.getJsonArray("items").size() > 0, sentTrail::toString);

        // the detractor's owner has a follow-up to make
        JsonObject followUps = sales1.get(
                        "follow-ups?customerId=" + invited.get(0).getString("customerId"))
                .json();
        assertTrue(
                followUps.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(f ->
                                f.getString("customerId").equals(invited.get(0).getString("customerId"))
                                        && f.getString("content").contains("NPS 3")
                                        && f.getString("content").contains("太慢了")),
                followUps::toString);

        // a CSV of answers collected by phone: good rows are taken, bad rows reported with their line
        StringBuilder csv = new StringBuilder("token,score,comment,respondedAt\n");
        int[] imported = {9, 9, 8, 0, 6, 10, 7};
        for (int i = 0; i < imported.length; i++) {
            csv.append(invited.get(2 + i).getString("token"))
                    .append(',')
                    .append(imported[i])
                    .append(",\"by phone, call ")
                    .append(i)
                    .append("\",\n");
            scores.add(imported[i]);
        }
        csv.append(invited.get(20).getString("token")).append(",12,,\n"); // line 9: off the scale
        csv.append("nosuchtokennosuchtokennosuchtoken,9,,\n"); // line 10: unknown token
        csv.append(detractorToken).append(",9,,\n"); // line 11: answered already
        csv.append(invited.get(21).getString("token")).append(",9,,yesterday\n"); // line 12: bad time
        csv.append(invited.get(22).getString("token")).append(",,,\n"); // line 13: no score
        csv.append(invited.get(2).getString("token")).append(",5,,\n"); // line 14: twice in the file
        Instant importStart = Instant.now();
        Api.Response importing = batch.postBytes(
                "surveys/" + nps + "/responses/import",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, importing.status(), importing::toString);
        JsonObject importRun = Jobs.waitFor(
                batch,
                importing.json().getJsonNumber("executionId").longValue(),
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(120));
        assertEquals("COMPLETED", importRun.getString("status"), importRun::toString);
        JsonObject errors = batch.get(
                        "surveys/" + nps + "/imports/" + importing.json().getString("importId") + "/errors")
                .json();
        assertEquals(
                List.of(9L, 10L, 11L, 12L, 13L, 14L),
                errors.getJsonArray("items").stream()
                        .map(e -> e.asJsonObject().getJsonNumber("line").longValue())
                        .toList(),
                errors::toString);
        // the completed import dropped its file (comments are personal data): running it again has nothing to read
        Api.Response rerun = batch.post(
                "jobs/survey-response-import/executions",
                "{\"parameters\": {\"importId\": " + importing.json().getString("importId") + "}}");
        assertEquals(202, rerun.status(), rerun::toString);
        JsonObject rerunRun = Jobs.waitFor(
                batch,
                rerun.json().getJsonNumber("executionId").longValue(),
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(60));
        assertEquals("FAILED", rerunRun.getString("status"), rerunRun::toString);
        assertTrue(rerunRun.getString("failureReason", "").contains("file is dropped"), rerunRun::toString);
        JsonObject importedTrail = Api.as(deployment, "auditor")
                .get("audit?actor=system:survey-response-import&limit=200&from=" + importStart)
                .json();
        assertEquals(
                imported.length,
                importedTrail.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getString("entityType").equals("survey-response"))
                        .count(),
                importedTrail::toString);

        // a segment of the customers whose latest NPS answer was a detractor's
        Api.Response unhappy = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Unhappy") + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag
                        + "\"]}, {\"field\": \"npsCategory\", \"in\": [\"DETRACTOR\"]}]}}");
        assertEquals(201, unhappy.status(), unhappy::toString);
        Set<String> detractorCustomers = new HashSet<>();
        Api.as(deployment, "admin")
                .get("segments/" + unhappy.json().getString("id") + "/customers")
                .json()
                .getJsonArray("items")
                .forEach(c -> detractorCustomers.add(c.asJsonObject().getString("id")));
        assertEquals(
                Set.of(
                        invited.get(0).getString("customerId"),
                        invited.get(5).getString("customerId"),
                        invited.get(6).getString("customerId")),
                detractorCustomers,
                "scores 3, 0 and 6");

        // scores: the job's NPS is the one computed here
        assertEquals(403, sales1.get("surveys/" + nps + "/scores").status());
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofSeconds(120));
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        long expectedNps = Math.round(100.0 * (promoters - detractors) / scores.size());
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        Api analyst = Api.as(deployment, "analyst");
        for (String groupBy : new String[] {"month", "tier", "lifecycleStage", "ownerId", "segment"}) {
            JsonObject result =
                    analyst.get("surveys/" + nps + "/scores?groupBy=" + groupBy).json();
            String group = Map.of(
                            "month",
                            month,
                            "tier",
                            "POTENTIAL",
                            "lifecycleStage",
                            "ACQUISITION",
                            "ownerId",
                            "sales1",
                            "segment",
                            everyone)
                    .get(groupBy);
            JsonObject item = result.getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(i -> i.getString("group").equals(group))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(groupBy + ": " + result));
            assertEquals(scores.size(), item.getInt("responses"), item::toString);
            assertEquals(promoters, item.getInt("promoters"));
            assertEquals(detractors, item.getInt("detractors"));
            assertEquals(expectedNps, item.getInt("nps"), item::toString);
        }
        assertEquals(409, batch.delete("segments/" + everyone, null).status(), "surveys target it");
        assertEquals(
                400, analyst.get("surveys/" + nps + "/scores?groupBy=colour").status());
        assertEquals(400, analyst.get("surveys/" + nps + "/scores?from=2026-13").status());
        assertEquals(
                0,
                analyst.get("surveys/" + nps + "/scores?from=2000-01&to=2000-12")
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    private static String segment(Api api, String tag) {
        Api.Response r = api.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName(tag) + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static String survey(Api api, String name, String type, String segment) {
        Api.Response r = api.post(
                "surveys",
                "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"question\": \"How likely are you "
                        + "to recommend us? 您向朋友推荐我们的可能性有多大？\", \"channel\": \"EMAIL\", \"fatigueDays\": 30, "
                        + "\"target\": {\"segmentId\": \"" + segment + "\"}}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static List<JsonObject> invitations(Api api, String survey) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.get("surveys/" + survey + "/invitations?limit=200"
                            + (cursor == null ? "" : "&cursor=" + Api.q(cursor)))
                    .json();
            page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static Set<String> fields(Api.Response problem) {
        Set<String> fields = new HashSet<>();
        problem.json()
                .getJsonArray("violations")
                .forEach(v -> fields.add(v.asJsonObject().getString("field")));
        return fields;
    }
}
