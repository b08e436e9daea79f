package io.crm.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.customer.CustomerFilter;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportCriteriaTest {

    @Test
    void criteriaComeBackAsTheyWereStoredForARestart() {
        ExportCriteria full = new ExportCriteria(
                new CustomerFilter(
                        Tier.VIP,
                        LifecycleStage.LOYAL,
                        "sales1",
                        "east",
                        "vip \"quoted\"",
                        null,
                        "华东",
                        "上海",
                        "张",
                        Instant.parse("2026-01-02T03:04:05.123456Z"),
                        "ERP-42"),
                42L);
        assertEquals(full, ExportCriteria.fromJson(full.toJson()));
        ExportCriteria none = new ExportCriteria(null, null);
        assertEquals(CustomerFilter.none(), none.filter());
        assertEquals(none, ExportCriteria.fromJson(none.toJson()));
    }

    @Test
    void theNamedCriteriaUseTheListsParameterNames() {
        ExportCriteria c = new ExportCriteria(
                new CustomerFilter(null, null, null, null, "vip", null, null, null, "王", null, null), 7L);
        assertEquals(Map.of("tag", "vip", "q", "王", "segmentId", "7"), c.named());
    }

    @Test
    void formatsAreNamedInLowerCaseAndNothingElseIsOne() {
        assertEquals(ExportFormat.CSV, ExportFormat.of("csv"));
        assertEquals(ExportFormat.NDJSON, ExportFormat.of("ndjson"));
        for (String bad : List.of("CSV", "xlsx", "")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportFormat.of(bad));
            assertEquals("format", e.violations().get(0).field());
        }
    }
}
