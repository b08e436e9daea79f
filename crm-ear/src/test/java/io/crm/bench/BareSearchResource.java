package io.crm.bench;

import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchType;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import io.crm.permission.Reach;
import io.crm.permission.VisibilityRule;
import io.crm.search.SearchIndex;
import io.crm.search.SearchRequest;
import io.crm.search.lucene.LuceneIndex;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.store.FSDirectory;

/**
 * The baselines of the search query benchmark, added to the REST module only by the benchmark, never shipped: an HTTP
 * no-op through the same stack and authentication, the same plus resolving the caller, the same search run in the
 * server on the live index without HTTP, and the bare indexing loop (JDBC read, the same documents and analyzers, one
 * IndexWriter, one commit).
 */
@jakarta.ws.rs.Path("bench/search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BareSearchResource {

    @Inject
    CurrentCaller currentCaller;

    @EJB
    SearchIndex index;

    @Inject
    DataSource dataSource;

    @GET
    @jakarta.ws.rs.Path("noop")
    public Map<String, Object> noop() {
        return Map.of();
    }

    /** The no-op plus what every search request does before searching: resolving the caller and their reach. */
    @GET
    @jakarta.ws.rs.Path("caller")
    public Map<String, Object> caller() {
        return Map.of(
                "reachesEverything", VisibilityRule.reach(currentCaller.get()).everything());
    }

    /** The searches of {@code GET /search?q=&limit=20} as the caller, one per query in the order given: each one's nanoseconds. */
    @GET
    @jakarta.ws.rs.Path("in-process")
    public long[] inProcess(@QueryParam("q") List<String> queries) {
        Caller caller = currentCaller.get();
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            Reach reach = VisibilityRule.reach(caller);
            // the index alone: a cleared caller's snippets are not read from the database here
            index.search(
                    SearchRequest.of(queries.get(i), 20),
                    reach,
                    caller.has(Permission.CUSTOMER_PII_READ),
                    keys -> Map.of());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    /** Indexes every note into a scratch directory with a bare loop, then deletes it; answers the count and the time. */
    @POST
    @jakarta.ws.rs.Path("bare-index")
    public Map<String, Object> bareIndex() throws IOException, SQLException {
        Path scratch = Files.createTempDirectory("bare-index");
        long start = System.nanoTime();
        long documents = 0;
        try (LuceneIndex lucene = LuceneIndex.open(FSDirectory.open(scratch));
                Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.setFetchSize(5000);
                try (ResultSet r = s.executeQuery(
                        "SELECT n.id, n.customer_id, c.name, n.author_id, n.created_at, n.text, c.owner_id,"
                                + " c.team_id FROM note n JOIN customer c ON c.id = n.customer_id")) {
                    List<SearchDocument> batch = new ArrayList<>();
                    while (r.next()) {
                        String text = r.getString(6);
                        batch.add(new SearchDocument(
                                SearchType.NOTE,
                                r.getLong(1),
                                r.getLong(2),
                                r.getString(3),
                                r.getString(4),
                                null,
                                null,
                                r.getTimestamp(5).toInstant(),
                                text,
                                PiiMasker.inText(text),
                                r.getString(7),
                                r.getString(8),
                                Set.of(),
                                Set.of()));
                        if (batch.size() == 5000) {
                            lucene.apply(batch, List.of());
                            documents += batch.size();
                            batch.clear();
                        }
                    }
                    lucene.apply(batch, List.of());
                    documents += batch.size();
                }
            }
            db.commit();
            lucene.commit(0);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Map.of("documents", documents, "seconds", (System.nanoTime() - start) / 1e9);
    }
}
