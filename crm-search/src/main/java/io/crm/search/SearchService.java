package io.crm.search;

import io.crm.audit.ReadAudit;
import io.crm.indexing.SearchDocuments;
import io.crm.indexing.SearchType;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import io.crm.permission.Requires;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over notes and follow-ups for the calling user: the visibility rule's reach becomes a filter
 * inside the query, so hits, total and snippets come only from records the caller may read, and a caller without
 * customer:pii:read matches and sees masked text only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchService {

    @Inject
    CurrentCaller currentCaller;

    @EJB
    SearchIndex index;

    @Inject
    ReadAudit readAudit;

    @EJB
    SearchMetrics metrics;

    @EJB
    SearchDocuments documents;

    @Requires(Permission.CUSTOMER_READ)
    public SearchResult search(SearchRequest request) {
        Caller caller = currentCaller.get();
        boolean clear = caller.has(Permission.CUSTOMER_PII_READ);
        long start = System.nanoTime();
        SearchResult result = index.search(request, VisibilityRule.reach(caller), clear, this::clearTexts);
        metrics.searched(System.nanoTime() - start, result.total());
        if (clear) {
            for (SearchType type : SearchType.values()) {
                List<String> personal = result.items().stream()
                        .filter(hit -> hit.type() == type && PiiMasker.hasPersonalData(hit.highlight()))
                        .map(hit -> Long.toString(hit.id()))
                        .toList();
                if (!personal.isEmpty()) {
                    readAudit.record(caller.userId(), type == SearchType.NOTE ? "note" : "follow-up", personal);
                }
            }
        }
        return result;
    }

    /** The clear text of the hits with personal data in it, read from the database, by search key. */
    private Map<String, String> clearTexts(List<String> keys) {
        Map<String, String> texts = new HashMap<>();
        for (SearchType type : SearchType.values()) {
            String prefix = type + ":";
            List<Long> ids = keys.stream()
                    .filter(k -> k.startsWith(prefix))
                    .map(k -> Long.valueOf(k.substring(prefix.length())))
                    .toList();
            texts.putAll(documents.clearTexts(type, ids));
        }
        return texts;
    }
}
