package io.crm.search;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.indexing.IndexFailureView;
import io.crm.indexing.IndexingFailures;
import io.crm.indexing.SearchBacklog;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** What operators do with the search index: read its state, replay the records whose indexing failed. */
@Stateless
@Requires(Permission.JOB_OPERATE)
public class SearchAdmin {

    @Inject
    CurrentCaller currentCaller;

    @EJB
    SearchIndex index;

    @EJB
    IndexingFailures failures;

    @EJB
    AuditTrail audit;

    public SearchBacklog backlog() {
        return index.backlog();
    }

    /** The records this instance could not index (at most 200, oldest first). */
    public List<IndexFailureView> failures() {
        return index.failures();
    }

    /** Whether this instance's index is being rebuilt because it could not catch up by the log. */
    public boolean rebuilding() {
        return index.rebuilding();
    }

    /** Puts every failed record back to retrying, on every instance; returns how many. Audited. */
    public int replayFailed() {
        Caller caller = currentCaller.get();
        int replayed = failures.replayFailed();
        audit.recordWrite(
                caller.userId(),
                AuditAction.UPDATE,
                "search-index",
                "failures",
                Map.of("replayed", new Change(null, replayed)));
        index.maintain();
        return replayed;
    }
}
