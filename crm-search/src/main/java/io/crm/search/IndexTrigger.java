package io.crm.search;

import io.crm.indexing.IndexEventsRecorded;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
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

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        index.maintain();
    }
}
