package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobDefinitionTest {

    private static final JobDefinition JOB = new JobDefinition(
            "demo-job",
            "d",
            "r",
            List.of(
                    new JobParameter("chunkSize", "c", 500L, 1, 10_000),
                    new JobParameter("days", "d", 30L, 0, 365),
                    JobParameter.required("surveyId", "s", 1, Long.MAX_VALUE)));

    @Test
    void givenParametersAreCheckedAndTheOthersTakeTheirDefaults() {
        Properties p = JOB.properties(Map.of("chunkSize", new BigDecimal("100"), "surveyId", new BigDecimal("7")));

        assertEquals("100", p.getProperty("chunkSize"));
        assertEquals("30", p.getProperty("days"));
        assertEquals("7", p.getProperty("surveyId"));
    }

    @Test
    void aParameterWithoutDefaultIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JOB.properties(Map.of()));
        assertEquals(
                List.of("parameters.surveyId"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void unknownParametersWrongTypesAndValuesOutOfBoundsAreAllReported() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> JOB.properties(Map.of("chunkSize", new BigDecimal("0"), "days", "thirty", "colour", 1)));

        assertEquals(
                List.of("parameters.chunkSize", "parameters.colour", "parameters.days", "parameters.surveyId"),
                e.violations().stream().map(Violation::field).sorted().toList());
    }

    @Test
    void fractionsAreNotWholeNumbers() {
        assertThrows(InvalidInputException.class, () -> JOB.properties(Map.of("days", new BigDecimal("1.5"))));
    }

    @Test
    void theCatalogKnowsEveryJobAndRefusesOthersWithA400() {
        for (String job : List.of(
                "search-reindex",
                "customer-scoring",
                "survey-dispatch",
                "survey-response-import",
                "nps-scoring",
                "privacy-retention")) {
            assertTrue(JobDeclarations.catalog().find(job).isPresent(), job);
        }
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> JobDeclarations.catalog().require("jobName", "rm-rf"));
        assertEquals("jobName", e.violations().get(0).field());
    }
}
