package io.crm.permission;

import java.util.concurrent.Callable;

/**
 * Runs service calls for a user who is not the one signed in to the current thread: webhook delivery reads each record
 * as the subscription's user would, so that the guard, the visibility rule and masking are theirs.
 */
public final class ActingCaller {

    private ActingCaller() {}

    public static <T> T as(Caller caller, Callable<T> call) throws Exception {
        return CurrentCaller.during(caller, call);
    }
}
