package io.crm.search;

import io.crm.indexing.SearchBacklog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What operators watch of search on this instance: how long searches take and how many records they match, and
 * how far the index is behind the database (the gauges read the backlog that the health check reads, at most once
 * a second however often they are scraped), with the records whose indexing failed once or for good.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchMetrics {

    private static final long READ_BACKLOG_EVERY = Duration.ofSeconds(1).toNanos();

    @Inject
    MetricRegistry registry;

    @EJB
    SearchIndex index;

    private Timer searches;
    private Histogram results;
    private Counter retried;
    private Counter failed;
    private volatile Reading reading;

    private record Reading(long at, SearchBacklog backlog) {}

    @PostConstruct
    void register() {
        searches = registry.timer(Metadata.builder()
                .withName("crm_search_requests")
                .withUnit(MetricUnits.SECONDS)
                .withDescription("Full-text searches answered by this instance")
                .build());
        results = registry.histogram(Metadata.builder()
                .withName("crm_search_results")
                .withDescription(
                        "Records a search matched among those its caller may read (a lower bound past the exact count)")
                .build());
        retried = registry.counter(Metadata.builder()
                .withName("crm_index_events_retried")
                .withDescription("Attempts to index a record that failed and will be retried with back-off")
                .build());
        failed = registry.counter(Metadata.builder()
                .withName("crm_index_events_failed")
                .withDescription(
                        "Records whose indexing failed for good (replay them at POST /admin/search/failures/replay)")
                .build());
        gauge(
                "crm_index_lag",
                MetricUnits.SECONDS,
                "Age of the oldest change this instance's index has not applied",
                b -> b.lag().toMillis() / 1000.0);
        gauge(
                "crm_index_backlog",
                MetricUnits.NONE,
                "Changes (outbox events) waiting to be applied to this instance's index",
                b -> b.waiting());
        gauge(
                "crm_index_retrying",
                MetricUnits.NONE,
                "Records whose indexing failed and is being retried",
                b -> b.retrying());
        gauge(
                "crm_index_failed_records",
                MetricUnits.NONE,
                "Records whose indexing failed for good and waits for a replay",
                b -> b.failed());
    }

    private void gauge(String name, String unit, String description, Function<SearchBacklog, Number> figure) {
        registry.gauge(
                Metadata.builder()
                        .withName(name)
                        .withUnit(unit)
                        .withDescription(description)
                        .build(),
                this,
                m -> m.backlogFigure(figure));
    }

    private Number backlogFigure(Function<SearchBacklog, Number> figure) {
        Reading last = reading;
        long now = System.nanoTime();
        if (last == null || now - last.at() > READ_BACKLOG_EVERY) {
            last = new Reading(now, index.backlog());
            reading = last;
        }
        return figure.apply(last.backlog());
    }

    /** A search answered in the given time, matching this many records. */
    public void searched(long nanos, long total) {
        searches.update(Duration.ofNanos(nanos));
        results.update(total);
    }

    /** An attempt to index a record failed; {@code forGood} when it will not be retried. */
    public void indexingFailed(boolean forGood) {
        (forGood ? failed : retried).inc();
    }
}
