package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecentCallersTest {

    private static final long TTL = 1_000;

    private final AtomicLong clock = new AtomicLong();
    private final RecentCallers recent = new RecentCallers(TTL, 100, clock::get);
    private final AtomicInteger resolutions = new AtomicInteger();

    private Supplier<Caller> resolving(String userId) {
        return () -> {
            resolutions.incrementAndGet();
            return new Caller(userId, Set.of(Permission.CUSTOMER_READ), Scope.OWN, Set.of());
        };
    }

    @Test
    void aCallerIsResolvedOnceWithinTheTimeToLive() {
        Caller first = recent.get("sales1", Set.of("sales"), resolving("sales1"));
        clock.addAndGet(TTL - 1);

        assertSame(first, recent.get("sales1", Set.of("sales"), resolving("sales1")));
        assertEquals(1, resolutions.get());
    }

    @Test
    void afterTheTimeToLiveTheCallerIsResolvedAgain() {
        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        clock.addAndGet(TTL);

        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        assertEquals(2, resolutions.get());
    }

    @Test
    void otherGroupsAreAnotherCaller() {
        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        Caller asManager = recent.get("sales1", Set.of("sales", "manager"), resolving("sales1"));

        assertEquals(2, resolutions.get());
        assertSame(asManager, recent.get("sales1", Set.of("manager", "sales"), resolving("sales1")));
    }

    @Test
    void aChangeForgetsEveryCaller() {
        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        recent.forget();

        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        assertEquals(2, resolutions.get());
    }

    @Test
    void aCallerResolvedWhileAChangeCommitsIsNotKept() {
        recent.get("sales1", Set.of("sales"), () -> {
            recent.forget(); // the change commits while this resolution reads the state from before it
            return resolving("sales1").get();
        });

        recent.get("sales1", Set.of("sales"), resolving("sales1"));
        assertEquals(2, resolutions.get());
    }

    @Test
    void withoutATimeToLiveEveryRequestResolves() {
        RecentCallers none = new RecentCallers(0, 100, clock::get);
        none.get("sales1", Set.of("sales"), resolving("sales1"));
        none.get("sales1", Set.of("sales"), resolving("sales1"));

        assertEquals(2, resolutions.get());
    }
}
