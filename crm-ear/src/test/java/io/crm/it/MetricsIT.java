package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * IT's monitoring scrapes {@code /metrics} (Prometheus text, no login) before and after a user searches and a batch
 * administrator runs a job: the request, search and job metrics move by exactly what was done, by route template,
 * and nothing a user typed or a record's id appears in the scrape.
 */
class MetricsIT extends EndToEndTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void aSearchAndAJobMoveTheirMetrics() {
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Metrics") + "\"}")
                .json()
                .getString("id");
        String word = Deployments.uniqueWord();
        assertEquals(
                201,
                sales1.post("customers/" + customer + "/notes", "{\"text\": \"" + word + " metrics\"}")
                        .status());
        Search.until(sales1, word, Search.total(1), Duration.ofSeconds(10));

        Scrape before = scrape();
        assertEquals(1, Search.search(sales1, word).getInt("total"));
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofSeconds(60));
        Scrape after = scrape();

        Map<String, String> searchRoute = Map.of("route", "/search", "method", "GET", "status_class", "2xx");
        assertEquals(
                1,
                after.value("crm_http_requests_seconds_count", searchRoute)
                        - before.value("crm_http_requests_seconds_count", searchRoute));
        assertTrue(after.value("crm_http_requests_seconds_sum", searchRoute)
                > before.value("crm_http_requests_seconds_sum", searchRoute));
        Map<String, String> start =
                Map.of("route", "/jobs/{jobName}/executions", "method", "POST", "status_class", "2xx");
        assertEquals(
                1,
                after.value("crm_http_requests_seconds_count", start)
                        - before.value("crm_http_requests_seconds_count", start));
        assertEquals(
                1,
                after.value("crm_search_requests_seconds_count", Map.of())
                        - before.value("crm_search_requests_seconds_count", Map.of()));
        assertEquals(
                1,
                after.value("crm_search_results_count", Map.of()) - before.value("crm_search_results_count", Map.of()));
        assertEquals(
                1,
                after.value("crm_search_results_sum", Map.of()) - before.value("crm_search_results_sum", Map.of()),
                "the search matched one record");

        Map<String, String> completed = Map.of("job", "nps-scoring", "status", "COMPLETED");
        assertEquals(
                1,
                after.value("crm_job_executions_seconds_count", completed)
                        - before.value("crm_job_executions_seconds_count", completed));
        assertTrue(after.value("crm_job_executions_seconds_sum", completed)
                > before.value("crm_job_executions_seconds_sum", completed));
        Map<String, String> failed = Map.of("job", "nps-scoring", "status", "FAILED");
        assertEquals(
                before.value("crm_job_executions_seconds_count", failed),
                after.value("crm_job_executions_seconds_count", failed));

        for (String gauge : new String[] {
            "crm_index_lag_seconds",
            "crm_index_backlog",
            "crm_index_retrying",
            "crm_index_failed_records",
            "crm_audit_reads_waiting",
            "crm_audit_oldest_waiting_seconds"
        }) {
            assertTrue(after.value(gauge, Map.of()) >= 0, gauge);
        }
        assertTrue(
                after.has("crm_index_events_retried_total")
                        && after.has("crm_index_events_failed_total")
                        && after.has("crm_survey_invitations_total")
                        && after.has("crm_survey_responses_total"),
                after.text);
        assertFalse(after.text.contains(word), "what a user searched for is not in the metrics");
        assertFalse(
                after.text.contains("/" + customer) || after.text.contains("\"" + customer + "\""),
                "no record's id is in the metrics");
        System.out.println(after.text);
    }

    private Scrape scrape() {
        Api.Response r = Api.raw(deployment.toString().replaceAll("/crm/?$", "") + "/metrics?scope=application");
        assertEquals(200, r.status(), r::toString);
        return new Scrape(r.raw().body());
    }

    /** One scrape: the value of a series found by its name and some of its labels (0 when it is not there). */
    record Scrape(String text) {

        double value(String name, Map<String, String> labels) {
            double found = 0;
            boolean any = false;
            for (String line : text.split("\n")) {
                Matcher m = SAMPLE.matcher(line.trim());
                if (line.startsWith("#") || !m.matches() || !m.group(1).equals(name)) {
                    continue;
                }
                Map<String, String> has = new HashMap<>();
                Matcher l = LABEL.matcher(m.group(3) == null ? "" : m.group(3));
                while (l.find()) {
                    has.put(l.group(1), l.group(2));
                }
                if (has.entrySet().containsAll(labels.entrySet())) {
                    if (any) {
                        throw new AssertionError("more than one series " + name + " " + labels + " in\n" + text);
                    }
                    any = true;
                    found = Double.parseDouble(m.group(4));
                }
            }
            return found;
        }

        boolean has(String name) {
            return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
        }
    }
}
