package io.crm.batch.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A job is its class and its XML: every job XML has one declaration of the same name, and the parameters the XML
 * reads are the declared ones, with the same defaults.
 */
class JobDeclarationsTest {

    private static final Pattern PARAMETER = Pattern.compile("#\\{jobParameters\\['([^']+)']}(\\?:([^;]*);)?");

    private static Map<String, String> jobXmls() throws IOException, URISyntaxException {
        Path dir = Path.of(JobDeclarationsTest.class
                .getClassLoader()
                .getResource("META-INF/batch-jobs")
                .toURI());
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, String> xmls = new HashMap<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                xmls.put(f.getFileName().toString().replace(".xml", ""), Files.readString(f));
            }
            return xmls;
        }
    }

    @Test
    void everyJobXmlIsDeclaredOnceAndEveryDeclarationHasItsXml() throws Exception {
        List<String> declared =
                JobDeclarations.all().stream().map(JobDefinition::name).sorted().toList();

        assertEquals(jobXmls().keySet().stream().sorted().toList(), declared);
        assertEquals(
                Set.of(
                        "search-reindex",
                        "customer-scoring",
                        "survey-dispatch",
                        "survey-response-import",
                        "nps-scoring",
                        "points-expiry",
                        "privacy-retention",
                        "pii-key-rotation",
                        "customer-export",
                        "customer-import"),
                Set.copyOf(declared));
    }

    @Test
    void theXmlReadsTheDeclaredParametersWithTheDeclaredDefaults() throws Exception {
        Map<String, String> xmls = jobXmls();
        for (JobDefinition job : JobDeclarations.all()) {
            Matcher m = PARAMETER.matcher(xmls.get(job.name()));
            Map<String, Set<String>> defaultsRead = new HashMap<>();
            while (m.find()) {
                defaultsRead
                        .computeIfAbsent(m.group(1), k -> new java.util.HashSet<>())
                        .add(m.group(3) == null ? "" : m.group(3));
            }
            assertEquals(
                    job.parameters().stream().map(JobParameter::name).collect(Collectors.toSet()),
                    defaultsRead.keySet(),
                    job.name());
            for (JobParameter p : job.parameters()) {
                String declared = p.defaultValue() == null ? "" : Long.toString(p.defaultValue());
                assertEquals(Set.of(declared), defaultsRead.get(p.name()), job.name() + " " + p.name());
            }
        }
    }

    @Test
    void everyParameterIsDescribedAndItsDefaultWithinItsBounds() {
        for (JobDefinition job : JobDeclarations.all()) {
            assertTrue(!job.description().isBlank() && !job.restart().isBlank(), job.name());
            for (JobParameter p : job.parameters()) {
                assertTrue(!p.description().isBlank() && p.min() <= p.max(), job.name() + " " + p.name());
                assertTrue(
                        p.defaultValue() == null || (p.defaultValue() >= p.min() && p.defaultValue() <= p.max()),
                        job.name() + " " + p.name());
            }
        }
    }
}
