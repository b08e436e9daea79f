package io.crm.batch.operation;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * Puts the reason of a failed step into its exit status ({@code FAILED: <cause>}), the one place the job
 * repository keeps it, so operators read it over REST instead of in the server log. Listed in each job's steps by
 * class name; the batch runtime injects the step context.
 */
public class FailureReason extends AbstractStepListener {

    static final String PREFIX = "FAILED: ";
    private static final int MAX_LENGTH = 500;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = PREFIX + root.getClass().getSimpleName() + ": " + root.getMessage();
            step.setExitStatus(reason.length() > MAX_LENGTH ? reason.substring(0, MAX_LENGTH) : reason);
        }
    }
}
