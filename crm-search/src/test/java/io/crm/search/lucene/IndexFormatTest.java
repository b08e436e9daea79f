package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.search.DocumentBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * An index written before the words as written were indexed for prefixes says so, and is rebuilt on upgrade
 * (SearchIndex marks it at opening); until then it answers prefixes as it did.
 */
class IndexFormatTest {

    @Test
    void aNewIndexIsOfTheCurrentFormatAndStaysSoAcrossCommits() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            assertFalse(index.needsRebuild());
            index.apply(List.of(DocumentBuilder.note(1).text("Escalation").build()), List.of());
            index.commit(3);
        }
        try (LuceneIndex reopened = LuceneIndex.open(directory)) {
            assertFalse(reopened.needsRebuild());
            assertEquals(
                    String.valueOf(LuceneIndex.CURRENT_FORMAT),
                    commitData(directory).get(LuceneIndex.FORMAT));
        }
    }

    @Test
    void anIndexWithoutAFormatIsOfTheFirstOneAndKeepsAnsweringPrefixesByStems() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        writeInFirstFormat(directory, DocumentBuilder.note(1).text("the refunds were late"));
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            assertTrue(index.needsRebuild());
            assertEquals(7, index.position());
            assertEquals(List.of(1L), AnalysisTest.ids(index, "refu*"));
            index.apply(List.of(DocumentBuilder.note(2).text("Escalation").build()), List.of());
            index.commit(8);
        }
        try (LuceneIndex reopened = LuceneIndex.open(directory)) {
            assertTrue(reopened.needsRebuild(), "documents of the first format are still in it");
        }
    }

    @Test
    void anEmptyIndexWithoutAFormatHoldsNothingToRebuild() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        writeInFirstFormat(directory);
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            assertFalse(index.needsRebuild());
            index.commit(9);
        }
        assertEquals(
                String.valueOf(LuceneIndex.CURRENT_FORMAT),
                commitData(directory).get(LuceneIndex.FORMAT));
    }

    /** What the versions before formats left: documents and a commit with the position alone. */
    private static void writeInFirstFormat(Directory directory, DocumentBuilder... records) throws IOException {
        try (LuceneIndex index = LuceneIndex.open(directory)) {
            index.apply(
                    java.util.Arrays.stream(records).map(DocumentBuilder::build).toList(), List.of());
            index.commit(7);
        }
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.setLiveCommitData(Map.of(LuceneIndex.POSITION, "7").entrySet());
            writer.commit();
        }
    }

    private static Map<String, String> commitData(Directory directory) {
        try {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                    .getUserData();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
