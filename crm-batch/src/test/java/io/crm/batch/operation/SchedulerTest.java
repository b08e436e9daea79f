package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.Times;
import io.crm.schedule.JobSchedule;
import io.crm.schedule.JobSchedules;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private final List<String> events = new ArrayList<>();
    private boolean claimWins = true;
    private boolean lastStillRunning;
    private OffsetDateTime claimedNext;

    @Test
    void aDueScheduleIsClaimedStartedAndRecorded() {
        tick(schedule("*/10 * * * *", Instant.now().minusSeconds(3), null));

        assertEquals(List.of("claim", "start search-reindex {chunkSize=200}", "fired 7 STARTED"), events);
        assertTrue(claimedNext.toInstant().isAfter(Instant.now()));
    }

    @Test
    void aFireAnotherInstanceClaimedIsLeftToIt() {
        claimWins = false;
        tick(schedule("*/10 * * * *", Instant.now().minusSeconds(3), null));

        assertEquals(List.of("claim"), events);
    }

    @Test
    void aFireWhileTheLastExecutionStillRunsIsSkippedAndRecorded() {
        lastStillRunning = true;
        tick(schedule("*/10 * * * *", Instant.now().minusSeconds(3), 41L));

        assertEquals(List.of("claim", "fired 41 SKIPPED_OVERLAP", "skip 41"), events);
    }

    @Test
    void missedFiresAfterDowntimeRunOnceThenTheNextIsAfterNow() {
        Instant now = Instant.now();
        tick(schedule("0 * * * *", now.minus(3, ChronoUnit.DAYS), null));

        assertEquals(1, events.stream().filter(e -> e.startsWith("start")).count());
        assertTrue(claimedNext.toInstant().isAfter(now)
                && claimedNext
                        .toInstant()
                        .isBefore(now.plus(1, ChronoUnit.HOURS).plusSeconds(1)));
    }

    private JobSchedule schedule(String cron, Instant nextFire, Long lastExecution) {
        JobSchedule s = new JobSchedule("search-reindex", "batch", Times.now()) {
            @Override
            public long id() {
                return 7;
            }

            @Override
            public Long lastExecutionId() {
                return lastExecution;
            }
        };
        s.define(cron, "UTC", "{\"chunkSize\":200}", true, Times.utc(nextFire), Times.now());
        return s;
    }

    private void tick(JobSchedule due) {
        Scheduler scheduler = new Scheduler();
        scheduler.schedules = new JobSchedules() {
            @Override
            public List<JobSchedule> due(OffsetDateTime now) {
                return List.of(due);
            }

            @Override
            public boolean claim(long id, long version, OffsetDateTime next) {
                events.add("claim");
                claimedNext = next;
                return claimWins;
            }

            @Override
            public void fired(long id, Long executionId, JobSchedule.Outcome outcome) {
                events.add("fired " + (outcome == JobSchedule.Outcome.STARTED ? id : executionId) + " " + outcome);
            }
        };
        scheduler.catalog = JobDeclarations.catalog();
        scheduler.jobs = new JobOperations() {
            @Override
            public boolean running(long id) {
                return lastStillRunning;
            }

            @Override
            public long startScheduled(
                    String actor, long scheduleId, JobDefinition job, Map<String, Object> parameters) {
                events.add("start " + job.name() + " " + parameters);
                return 99;
            }

            @Override
            public void recordSkip(String actor, long scheduleId, long runningExecution) {
                events.add("skip " + runningExecution);
            }
        };
        scheduler.tick();
    }
}
