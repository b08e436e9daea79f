package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.indexing.SearchDocument;
import io.crm.permission.Reach;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Measures the text analyses against each other on the judged evaluation set (recall, precision of the first
 * page, mean reciprocal rank) and on a generated corpus (index size, indexing and query time), prints the figures
 * for docs/search.md, and holds the analysis in production to the recall it was chosen with.
 */
class SearchRelevanceEvaluationTest {

    /** The measured figures of {@link TextAnalysis#CHOSEN} less one miss: a change that loses more fails here. */
    static final double RECALL_FLOOR = 0.99;

    static final double PRECISION_FLOOR = 0.97;
    static final int CORPUS_SIZE = 20_000;

    record Quality(double recall, double precisionAt10, double mrr, List<String> misses) {}

    @Test
    void chosenAnalysisKeepsItsMeasuredRecall() {
        Map<TextAnalysis, Quality> measured = new EnumMap<>(TextAnalysis.class);
        for (TextAnalysis analysis : TextAnalysis.values()) {
            measured.put(analysis, quality(analysis));
        }
        System.out.printf("%n| analysis | recall | precision@10 | MRR |%n| --- | ---: | ---: | ---: |%n");
        measured.forEach((analysis, q) ->
                System.out.printf("| %s | %.3f | %.3f | %.3f |%n", analysis, q.recall(), q.precisionAt10(), q.mrr()));
        measured.forEach((analysis, q) -> System.out.printf("%s misses: %s%n", analysis, q.misses()));
        Quality chosen = measured.get(TextAnalysis.CHOSEN);
        assertTrue(chosen.recall() >= RECALL_FLOOR, () -> "recall fell below " + RECALL_FLOOR + ": " + chosen);
        assertTrue(
                chosen.precisionAt10() >= PRECISION_FLOOR,
                () -> "precision fell below " + PRECISION_FLOOR + ": " + chosen);
    }

    @Test
    void indexSizeAndSpeedOfEachAnalysis() throws IOException {
        List<SearchDocument> corpus = EvaluationSet.generatedCorpus(CORPUS_SIZE, 42);
        List<EvaluationSet.Judged> queries = EvaluationSet.queries();
        for (TextAnalysis analysis : TextAnalysis.values()) {
            // Warms the JIT up for every analyzer, so that the first one measured is not the slowest by accident.
            try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory(), analysis)) {
                index.apply(corpus.subList(0, 3000), List.of());
            }
        }
        System.out.printf(
                "%n| analysis (%d records) | index MiB | indexing s | mean query ms |%n| --- | ---: | ---: | ---: |%n",
                corpus.size());
        for (TextAnalysis analysis : TextAnalysis.values()) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (LuceneIndex index = LuceneIndex.open(directory, analysis)) {
                long start = System.nanoTime();
                for (int i = 0; i < corpus.size(); i += 1000) {
                    index.apply(corpus.subList(i, Math.min(corpus.size(), i + 1000)), List.of());
                }
                index.commit(1);
                index.refresh();
                double indexing = (System.nanoTime() - start) / 1e9;
                long bytes = 0;
                for (String file : directory.listAll()) {
                    bytes += directory.fileLength(file);
                }
                for (EvaluationSet.Judged judged : queries) {
                    index.search(SearchRequest.of(judged.query(), 20), Reach.EVERYTHING, true);
                }
                start = System.nanoTime();
                int rounds = 10;
                for (int r = 0; r < rounds; r++) {
                    for (EvaluationSet.Judged judged : queries) {
                        index.search(SearchRequest.of(judged.query(), 20), Reach.EVERYTHING, true);
                    }
                }
                double queryMs = (System.nanoTime() - start) / 1e6 / (rounds * queries.size());
                System.out.printf("| %s | %.1f | %.1f | %.2f |%n", analysis, bytes / 1048576.0, indexing, queryMs);
                assertTrue(index.documentCount() == corpus.size());
            }
        }
    }

    static Quality quality(TextAnalysis analysis) {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory(), analysis)) {
            index.apply(EvaluationSet.documents(), List.of());
            index.refresh();
            double recall = 0;
            double precision = 0;
            double mrr = 0;
            List<String> misses = new ArrayList<>();
            List<EvaluationSet.Judged> queries = EvaluationSet.queries();
            for (EvaluationSet.Judged judged : queries) {
                List<SearchHit> hits = index.search(
                                SearchRequest.of(judged.query(), LuceneIndex.MAX_LIMIT), Reach.EVERYTHING, true)
                        .items();
                Set<Long> found = new HashSet<>();
                int relevantOnFirstPage = 0;
                double reciprocalRank = 0;
                for (int rank = 0; rank < hits.size(); rank++) {
                    boolean relevant = judged.relevant().contains(hits.get(rank).id());
                    if (relevant) {
                        found.add(hits.get(rank).id());
                        relevantOnFirstPage += rank < 10 ? 1 : 0;
                        reciprocalRank = reciprocalRank == 0 ? 1.0 / (rank + 1) : reciprocalRank;
                    } else if (rank < 10) {
                        misses.add(judged.query() + "+" + hits.get(rank).id());
                    }
                }
                judged.relevant().stream()
                        .filter(id -> !found.contains(id))
                        .forEach(id -> misses.add(judged.query() + "-" + id));
                recall += (double) found.size() / judged.relevant().size();
                precision += hits.isEmpty() ? 0 : (double) relevantOnFirstPage / Math.min(10, hits.size());
                mrr += reciprocalRank;
            }
            int n = queries.size();
            return new Quality(recall / n, precision / n, mrr / n, misses);
        }
    }
}
