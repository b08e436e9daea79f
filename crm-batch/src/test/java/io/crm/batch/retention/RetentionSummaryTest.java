package io.crm.batch.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetentionSummaryTest {

    @Test
    void aDryRunListsWhoWouldBeErased() {
        RetentionSummary summary = new RetentionSummary(true);
        summary.add(12);
        summary.add(15);
        assertEquals("WOULD ERASE 2: 12 15", summary.exitStatus());
        assertEquals("WOULD ERASE 0", new RetentionSummary(true).exitStatus());
    }

    @Test
    void manyIdsAreCutToWhatTheJobRepositoryKeeps_theCountStaysWhole() {
        RetentionSummary summary = new RetentionSummary(false);
        for (long id = 1_000_000_000L; id < 1_000_000_500L; id++) {
            summary.add(id);
        }
        String status = summary.exitStatus();
        assertTrue(status.startsWith("ERASED 500: 1000000000 1000000001 "), status);
        assertTrue(status.endsWith(" …"), status);
        assertTrue(status.length() <= RetentionSummary.MAX_LENGTH, status);
    }
}
