package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void anyCombinationOfFiltersIsAccepted() {
        new AuditFilter("customer", "50", "sales1", T, T.plusSeconds(1));
        new AuditFilter("customer", null, null, null, T);
        AuditFilter.none();
    }

    @Test
    void anEntityIdNeedsItsType() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new AuditFilter(null, "50", null, null, null));

        assertEquals("entityType", e.violations().get(0).field());
    }

    @Test
    void toMustBeLaterThanFrom() {
        assertThrows(InvalidInputException.class, () -> new AuditFilter(null, null, null, T, T));
        assertThrows(InvalidInputException.class, () -> new AuditFilter(null, null, null, T, T.minusSeconds(1)));
    }
}
