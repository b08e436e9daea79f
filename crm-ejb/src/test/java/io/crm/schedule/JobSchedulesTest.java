package io.crm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.StaleVersionException;
import io.crm.common.Times;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class JobSchedulesTest {

    @Test
    void aChangeThatAnotherRequestCommittedFirstIsRefusedAsStaleNotLeftToTheContainer() {
        JobSchedules schedules = new JobSchedules();
        schedules.em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw new OptimisticLockException("changed meanwhile");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        JobSchedule schedule = new JobSchedule("search-reindex", "batch", Times.now());

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> schedules.changed(schedule));

        assertEquals(schedule.version(), stale.currentVersion());
    }
}
