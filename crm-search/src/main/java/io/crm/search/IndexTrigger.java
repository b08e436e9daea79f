package io.crm.search;

import io.crm.indexing.IndexEventsRecorded;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the index catches up: right after a transaction that changed indexed records commits on this instance,
 * and every second as the safety net (changes committed on other instances, retries, missed triggers, commits).
 * Triggers that come while a catch-up is queued are folded into it.
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexTrigger {

    @EJB
    SearchIndex index;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean queued = new AtomicBoolean();

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexEventsRecorded recorded) {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                index.catchUp();
            });
        }
    }

    @Resource
    TimerService timers;

    /**
     * A timer of this deployment, started once the application is up and cancelled with it: an automatic timer
     * can fire while a redeployment is under way and leave the singleton broken for the new one.
     */
    @PostConstruct
    void start() {
        timers.createIntervalTimer(1000, 1000, new TimerConfig("search-index", false));
    }

    @PreDestroy
    void stop() {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (IllegalStateException alreadyGone) {
            // the container removes the timers of an application it stops anyway
        }
    }

    @Timeout
    public void everySecond() {
        index.maintain();
    }
}
