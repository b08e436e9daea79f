package io.crm.it.faults;

import io.crm.indexing.SearchDocument;
import io.crm.search.IndexBatch;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deployed with the EAR, as an EJB module of its own (so that it sees the search module's classes), by the tests
 * that rehearse index failures: a record whose text says
 * {@code simulate-index-failure-N} fails its first N attempts to be indexed, then goes through. A batch of several
 * records that holds it fails without counting: the index then tries each record alone, and those attempts count.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FailingIndexWrites {

    private static final Pattern MARKER = Pattern.compile("simulate-index-failure-(\\d+)");
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    public void beforeWrite(@Observes IndexBatch batch) {
        for (SearchDocument document : batch.documents()) {
            Matcher m = MARKER.matcher(document.text());
            if (!m.find()) {
                continue;
            }
            boolean alone = batch.documents().size() == 1 && batch.deletedKeys().isEmpty();
            if (!alone || attempts.merge(document.key(), 1, Integer::sum) <= Integer.parseInt(m.group(1))) {
                throw new IllegalStateException("simulated index failure for " + document.key());
            }
        }
    }
}
