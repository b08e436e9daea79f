package io.crm.batch.retention;

import java.util.ArrayList;
import java.util.List;

/** What an execution of the privacy-retention job did, as its exit status says it: a count and the first ids. */
final class RetentionSummary {

    /** Ids kept for the exit status; the count goes on past them. */
    static final int LISTED = 100;
    /** The job repository keeps exit statuses of up to 512 characters. */
    static final int MAX_LENGTH = 480;

    private final boolean dryRun;
    private long count;
    private final List<Long> ids = new ArrayList<>();

    RetentionSummary(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void add(long customerId) {
        count++;
        if (ids.size() < LISTED) {
            ids.add(customerId);
        }
    }

    /** "WOULD ERASE 3: 12 15 19" (dry run) or "ERASED 3: 12 15 19", with "…" when more were than listed. */
    String exitStatus() {
        StringBuilder s = new StringBuilder(dryRun ? "WOULD ERASE " : "ERASED ").append(count);
        if (!ids.isEmpty()) {
            s.append(':');
            int listed = 0;
            for (long id : ids) {
                String next = " " + id;
                if (s.length() + next.length() > MAX_LENGTH - 2) {
                    break;
                }
                s.append(next);
                listed++;
            }
            if (count > listed) {
                s.append(" …");
            }
        }
        return s.toString();
    }
}
