package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExecutionViewTest {

    @Test
    void anEndedExecutionShowsTheRepositorysTotalAndCounts() {
        JobExecution e = execution(BatchStatus.STOPPED);
        ExecutionView v = ExecutionView.of(
                e,
                ExecutionView.State.of(e),
                3,
                List.of(step(new ItemTotal(150), 40)),
                Optional.of(new RunningSteps.Progress(150, 41)));

        assertEquals("STOPPED", v.status());
        assertEquals(150L, v.itemTotal());
        assertEquals(40 / 150.0, v.progress());
    }

    @Test
    void aStoppingExecutionWhoseStepIsNotRecordedYetShowsWhatThisInstanceSaw() {
        JobExecution e = execution(BatchStatus.STOPPING);
        ExecutionView v = ExecutionView.of(
                e,
                ExecutionView.State.of(e),
                3,
                List.of(step(null, 0)),
                Optional.of(new RunningSteps.Progress(150, 41)));

        assertEquals(150L, v.itemTotal());
        assertEquals(41 / 150.0, v.progress());
    }

    @Test
    void theStateIsTheOneReadBeforeTheSteps() {
        JobExecution e = execution(BatchStatus.STOPPING);
        ExecutionView.State before = ExecutionView.State.of(e);
        status = BatchStatus.STOPPED; // the job's end recorded after its steps were read

        ExecutionView v =
                ExecutionView.of(e, before, 3, List.of(step(null, 0)), Optional.of(new RunningSteps.Progress(150, 41)));

        assertEquals("STOPPING", v.status());
        assertEquals(150L, v.itemTotal());
    }

    @Test
    void anExecutionStoppedBeforeItsChunkStepBeganHasNoTotal() {
        JobExecution e = execution(BatchStatus.STOPPED);
        ExecutionView v = ExecutionView.of(e, ExecutionView.State.of(e), 3, List.of(), Optional.empty());

        assertNull(v.itemTotal());
        assertNull(v.progress());
    }

    @Test
    void anEndedStepsFiguresStayUntilManyLaterStepsEnded() {
        RunningSteps running = new RunningSteps();
        running.started(1, 10);
        running.wrote(1, 4);
        running.ended(1);
        assertEquals(Optional.of(new RunningSteps.Progress(10, 4)), running.of(1));

        for (long later = 2; later <= RunningSteps.KEPT_ENDED; later++) {
            running.started(later, 1);
            running.ended(later);
        }
        assertEquals(Optional.of(new RunningSteps.Progress(10, 4)), running.of(1));
        running.started(RunningSteps.KEPT_ENDED + 1, 1);
        running.ended(RunningSteps.KEPT_ENDED + 1);
        assertEquals(Optional.empty(), running.of(1));
        assertEquals(Optional.of(new RunningSteps.Progress(1, 0)), running.of(RunningSteps.KEPT_ENDED + 1));
    }

    private BatchStatus status;

    private JobExecution execution(BatchStatus initial) {
        status = initial;
        return new JobExecution() {
            public long getExecutionId() {
                return 7;
            }

            public String getJobName() {
                return "customer-scoring";
            }

            public BatchStatus getBatchStatus() {
                return status;
            }

            public Date getStartTime() {
                return new Date(0);
            }

            public Date getEndTime() {
                return null;
            }

            public String getExitStatus() {
                return null;
            }

            public Date getCreateTime() {
                return new Date(0);
            }

            public Date getLastUpdatedTime() {
                return new Date(0);
            }

            public Properties getJobParameters() {
                return new Properties();
            }
        };
    }

    private static StepExecution step(Serializable userData, long written) {
        return new StepExecution() {
            public long getStepExecutionId() {
                return 11;
            }

            public String getStepName() {
                return "apply";
            }

            public BatchStatus getBatchStatus() {
                return BatchStatus.STOPPED;
            }

            public Date getStartTime() {
                return new Date(0);
            }

            public Date getEndTime() {
                return null;
            }

            public String getExitStatus() {
                return null;
            }

            public Serializable getPersistentUserData() {
                return userData;
            }

            public Metric[] getMetrics() {
                return new Metric[] {
                    new Metric() {
                        public MetricType getType() {
                            return MetricType.WRITE_COUNT;
                        }

                        public long getValue() {
                            return written;
                        }
                    }
                };
            }
        };
    }
}
