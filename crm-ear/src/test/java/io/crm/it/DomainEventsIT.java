package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.it.events.ObservedEvents;
import io.crm.it.events.ObservedEventsProbe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CDI events of io.crm.events as code in another module of the platform receives them: an observer deployed as
 * an EJB module of its own gets each event of a customer's story once, after commit, and nothing of a transaction
 * that rolled back (though the event was fired in it).
 */
@ExtendWith(ArquillianExtension.class)
class DomainEventsIT {

    @Deployment(testable = false)
    static EnterpriseArchive earWithObserver() {
        JavaArchive observer =
                ShrinkWrap.create(JavaArchive.class, "event-observer.jar").addClass(ObservedEvents.class);
        return Deployments.withEjbModule(Deployments.builtEarWithRestClasses(ObservedEventsProbe.class), observer);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anObserverInAnotherModuleGetsEachEventOnceAfterCommitAndNoneOnRollback() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        Api.Response created = sales1.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Events") + "\", \"emails\": [\"" + Deployments.uniqueWord()
                        + "@example.com\"], \"consents\": {\"EMAIL\": true}, \"tags\": [\"" + Deployments.uniqueWord()
                        + "\"]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String tag = created.json().getJsonArray("tags").getString(0);
        assertEquals(
                200,
                sales1.patch("customers/" + id, "*", "{\"occupation\": \"pilot\"}")
                        .status());
        assertEquals(
                200, admin.patch("customers/" + id, "*", "{\"tier\": \"VIP\"}").status());
        Api.Response note = sales1.post("customers/" + id + "/notes", "{\"text\": \"hello\"}");
        assertEquals(201, note.status(), note::toString);
        Api.Response followUp = sales1.post(
                "customers/" + id + "/follow-ups",
                "{\"channel\": \"PHONE\", \"content\": \"call\", \"status\": \"PLANNED\", "
                        + "\"dueAt\": \"2030-01-01T00:00:00Z\"}");
        assertEquals(201, followUp.status(), followUp::toString);
        String followUpId = followUp.json().getString("id");
        assertEquals(
                200,
                sales1.patch("follow-ups/" + followUpId, "*", "{\"status\": \"DONE\"}")
                        .status());

        // a survey of a segment holding this customer alone, answered 3: a detractor
        Api batch = Api.as(deployment, "batch");
        Api.Response segment = admin.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Events") + "\", \"rules\": "
                        + "{\"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"" + Deployments.uniqueName("Events") + "\", \"type\": \"NPS\", \"question\": \"q\", "
                        + "\"channel\": \"EMAIL\", \"fatigueDays\": 30, \"target\": {\"segmentId\": \""
                        + segment.json().getString("id") + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String surveyId = survey.json().getString("id");
        Api.Response dispatch = batch.post("surveys/" + surveyId + "/dispatches", "{}");
        assertEquals(202, dispatch.status(), dispatch::toString);
        long execution = dispatch.json().getJsonNumber("executionId").longValue();
        JsonObject done = Jobs.waitFor(
                batch,
                execution,
                e -> List.of("COMPLETED", "FAILED", "STOPPED").contains(e.getString("status")),
                Duration.ofSeconds(120));
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        List<JsonObject> invitations =
                batch.get("surveys/" + surveyId + "/invitations?limit=200").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        assertEquals(1, invitations.size(), invitations::toString);
        Api.Response answered = Api.as(deployment, null)
                .post("public/responses/" + invitations.get(0).getString("token"), "{\"score\": 3}");
        assertEquals(201, answered.status(), answered::toString);
        // a purchase, then the scoring job moves the customer from ACQUISITION to CONVERSION: one stage change
        Api.Response bought = admin.post(
                "customers/" + id + "/purchases",
                "{\"amount\": \"120.00\", \"currency\": \"CNY\", \"occurredAt\": \""
                        + java.time.Instant.now().minusSeconds(3600) + "\"}");
        assertEquals(201, bought.status(), bought::toString);
        Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300));
        Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300)); // unchanged: no second announcement
        assertEquals(204, admin.delete("customers/" + id, null).status());

        // a note added in a transaction that rolls back: fired inside it, never observed after commit
        Api.Response other = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Events") + "\"}");
        String otherId = other.json().getString("id");
        Api.Response rolledBack =
                sales1.call("POST", "test/observed-events/rolled-back-note?customerId=" + otherId, null, null, null);
        assertEquals(200, rolledBack.status(), rolledBack::toString);
        String lostNote = strings(rolledBack).get(0);
        assertEquals(404, sales1.get("notes/" + lostNote).status(), "the note never committed");

        String customer = "customerId=" + id + ",";
        await(() -> count(committed(sales1), "CustomerDeleted[" + customer) == 1);
        List<String> events = committed(sales1);
        assertEquals(1, count(events, "CustomerCreated[" + customer), events::toString);
        assertEquals(1, count(events, "CustomerChanged[" + customer + " changedFields=[occupation]"), events::toString);
        assertEquals(1, count(events, "CustomerChanged[" + customer + " changedFields=[tier"), events::toString);
        assertEquals(1, count(events, "TierChanged[" + customer), events::toString);
        assertEquals(
                1,
                count(events, "LifecycleStageChanged[" + customer + " from=ACQUISITION, to=CONVERSION"),
                events::toString);
        assertEquals(1, count(events, "LifecycleStageChanged[" + customer), "once per real change");
        assertEquals(
                1, count(events, "CustomerChanged[" + customer + " changedFields=[lifecycleStage]"), events::toString);
        assertEquals(
                1,
                count(events, "NoteAdded[noteId=" + note.json().getString("id") + ", " + customer),
                events::toString);
        assertEquals(1, count(events, "FollowUpPlanned[followUpId=" + followUpId + ", " + customer), events::toString);
        assertEquals(
                1, count(events, "FollowUpCompleted[followUpId=" + followUpId + ", " + customer), events::toString);
        assertEquals(1, count(events, "CustomerDeleted[" + customer), events::toString);
        String answer = "surveyId=" + surveyId + ", " + customer + " score=3, ";
        assertEquals(1, count(events, answer + "category=DETRACTOR"), events::toString);
        assertEquals(1, count(events, "DetractorAnswered["), events::toString);
        assertEquals(
                1,
                count(events, "JobFinished[jobName=survey-dispatch, executionId=" + execution + ", status=COMPLETED"),
                events::toString);

        assertEquals(1, count(fired(sales1), "NoteAdded[noteId=" + lostNote + ","), "fired in the transaction");
        assertEquals(0, count(events, "NoteAdded[noteId=" + lostNote + ","), "never observed after commit");
    }

    private static List<String> committed(Api api) {
        return lines(api.get("test/observed-events"));
    }

    private static List<String> fired(Api api) {
        return lines(api.get("test/observed-events?fired=true"));
    }

    private static List<String> lines(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        return strings(r);
    }

    private static List<String> strings(Api.Response r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.raw().body()))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }

    private static long count(List<String> events, String fragment) {
        return events.stream().filter(e -> e.contains(fragment)).count();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "not within 30 s");
            Thread.sleep(200);
        }
    }
}
