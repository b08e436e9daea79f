package io.crm.bench;

import io.crm.search.IndexRefreshed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.locks.LockSupport;

/**
 * Deployed by the commit → searchable benchmark as an EJB module of its own, like the observer of the fault-injection
 * tests, so that it sees the search module's events. Wakes the thread that watches for sampled notes each time the
 * index has made new changes visible, so that it searches once per refresh instead of polling, and a note is timed
 * to the first search that could find it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RefreshSignal {

    private static volatile Thread watcher;

    /** The thread to wake from now on, or null for none (public: the web module has a class loader of its own). */
    public static void watchedBy(Thread thread) {
        watcher = thread;
    }

    public void refreshed(@Observes IndexRefreshed refreshed) {
        Thread t = watcher;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
