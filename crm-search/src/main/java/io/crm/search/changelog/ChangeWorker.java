package io.crm.search.changelog;

import io.crm.common.Timers;
import io.crm.search.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the index catches up: right after a transaction that changed indexed records commits on this instance; from
 * the log after {@value #READ_LOG_MILLIS} ms without a commit, for those of other instances of a group; and every
 * second as the safety net (retries, missed triggers, commits). A 250 ms EJB timer did not serve the log: Payara's
 * timers fire at most once a second by default ({@code minimum-delivery-interval-in-millis}).
 * Commits wake ({@link CommittedChanges}) one worker thread of this application, which catches up for all the triggers
 * that came meanwhile. A task per commit on a managed executor is not an option: capturing the context of each
 * task costs more than the commit itself at hundreds of commits per second.
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeWorker {

    private static final Logger LOG = Logger.getLogger(ChangeWorker.class.getName());
    /**
     * After a round, the worker rests as long as the round took (up to this much), and the commits of that time are
     * applied together: every round makes a segment and reopens the searcher, which costs nearly the same for one
     * change as for fifty. Under a light load rounds are short and so are the rests; under a heavy one the rounds
     * grow instead of multiplying.
     */
    private static final long LONGEST_REST_NANOS = 20_000_000;
    /** A change committed on another instance is searchable here this long after, plus a round. */
    static final long READ_LOG_MILLIS = 250;

    @EJB
    SearchIndex index;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    TimerService timers;

    @Inject
    CommittedChanges wakeup;

    private volatile boolean running;
    private Thread worker;

    /**
     * The worker and a timer of this deployment, started once the application is up and stopped with it: an
     * automatic timer can fire while a redeployment is under way and leave the singleton broken for the new one.
     */
    @PostConstruct
    void start() {
        running = true;
        worker = threads.newThread(this::work);
        worker.setName("crm-search-index");
        wakeup.servedBy(worker);
        worker.start();
        timers.createIntervalTimer(1000, 1000, new TimerConfig("search-index", false));
    }

    private void work() {
        long restUntil = System.nanoTime();
        while (running) {
            if (!wakeup.awaitCommit(READ_LOG_MILLIS * 1_000_000)) {
                if (running) {
                    catchUp();
                }
            } else {
                long rest;
                while ((rest = restUntil - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(rest);
                }
                long started = System.nanoTime();
                catchUp();
                long ended = System.nanoTime();
                restUntil = ended + Math.min(ended - started, LONGEST_REST_NANOS);
            }
        }
    }

    private void catchUp() {
        try {
            index.catchUp();
        } catch (RuntimeException e) {
            // the index logs its own failures; this is the container refusing calls while the application stops
            LOG.log(Level.FINE, "Catching up did not run", e);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeup.wake();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Timers.cancelAll(timers);
    }

    @Timeout
    public void everySecond() {
        index.maintain();
    }
}
