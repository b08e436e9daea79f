package io.crm.batch.dispatch;

import jakarta.batch.runtime.context.JobContext;

/** Which dispatch an execution works for: the one it resumes, or its own job instance. */
final class Dispatch {

    private Dispatch() {}

    static long of(JobContext job, String dispatchId) {
        long resumed = dispatchId == null || dispatchId.isBlank() ? 0 : Long.parseLong(dispatchId);
        return resumed == 0 ? job.getInstanceId() : resumed;
    }
}
