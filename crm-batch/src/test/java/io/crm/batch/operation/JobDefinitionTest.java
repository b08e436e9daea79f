package io.crm.batch.operation;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobDefinitionTest {

    private static final JobDefinition JOB = new JobDefinition("demo-job", "d", "r",
            List.of(new JobParameter("chunkSize", "c", 500, 1, 10_000), new JobParameter("days", "d", 30, 0, 365)));

    @Test
    void givenParametersAreCheckedAndTheOthersTakeTheirDefaults() {
        Properties p = JOB.properties(Map.of("chunkSize", new BigDecimal("100")));

        assertEquals("100", p.getProperty("chunkSize"));
        assertEquals("30", p.getProperty("days"));
    }

    @Test
    void unknownParametersWrongTypesAndValuesOutOfBoundsAreAllReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JOB.properties(Map.of(
                "chunkSize", new BigDecimal("0"), "days", "thirty", "colour", 1)));

        assertEquals(List.of("parameters.chunkSize", "parameters.colour", "parameters.days"),
                e.violations().stream().map(Violation::field).sorted().toList());
    }

    @Test
    void fractionsAreNotWholeNumbers() {
        assertThrows(InvalidInputException.class, () -> JOB.properties(Map.of("days", new BigDecimal("1.5"))));
    }

    @Test
    void theCatalogKnowsTheReindexJobAndRefusesOthersWithA400() {
        assertTrue(JobCatalog.find("search-reindex").isPresent());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JobCatalog.require("jobName", "rm-rf"));
        assertEquals("jobName", e.violations().get(0).field());
    }
}
