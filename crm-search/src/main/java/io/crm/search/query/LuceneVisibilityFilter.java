package io.crm.search.query;

import io.crm.permission.Reach;
import io.crm.search.lucene.LuceneFields;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The visibility rule in the index's terms: the records a caller's {@link Reach} reads. Search runs it as a filter
 * inside the query, so that hits, totals and snippets all come from readable records only and no readable record
 * is crowded out of a page by ones the caller cannot see.
 */
public final class LuceneVisibilityFilter {

    private LuceneVisibilityFilter() {}

    public static Query of(Reach reach) {
        if (reach.everything()) {
            return new MatchAllDocsQuery();
        }
        if (reach.nothing()) {
            return new MatchNoDocsQuery("the caller reaches no record");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        addAny(any, LuceneFields.VIS_OWNER, reach.ownerIds());
        addAny(any, LuceneFields.VIS_TEAM, reach.teamIds());
        addAny(any, LuceneFields.VIS_SHARE_USER, reach.shareUserIds());
        addAny(any, LuceneFields.VIS_SHARE_TEAM, reach.shareTeamIds());
        return any.build();
    }

    private static void addAny(BooleanQuery.Builder any, String field, Set<String> ids) {
        if (ids.size() == 1) {
            any.add(new TermQuery(new Term(field, ids.iterator().next())), Occur.SHOULD);
        } else if (!ids.isEmpty()) {
            any.add(new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList()), Occur.SHOULD);
        }
    }
}
