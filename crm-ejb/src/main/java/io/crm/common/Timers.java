package io.crm.common;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/** The programmatic timers the CRM's singletons start with their application and cancel with it. */
public final class Timers {

    private Timers() {}

    /** Cancels the bean's timers, from its {@code @PreDestroy}: none may fire into a redeployment. */
    public static void cancelAll(TimerService timers) {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (IllegalStateException alreadyGone) {
            // the container removes the timers of an application it stops anyway
        }
    }
}
