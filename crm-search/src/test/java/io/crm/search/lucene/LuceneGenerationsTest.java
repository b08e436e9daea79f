package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneGenerationsTest {

    @TempDir
    Path root;

    @Test
    void theFirstCurrentIsGenerationOne() throws IOException {
        Path current = new LuceneGenerations(root).current();
        assertEquals(root.resolve("gen-1"), current);
        assertTrue(Files.isDirectory(current));
        assertEquals("gen-1", Files.readString(root.resolve("CURRENT")).trim());
        assertEquals(current, new LuceneGenerations(root).current());
    }

    @Test
    void nextIsAnEmptyGenerationAboveAllOthersThatIsNotLiveUntilPromoted() throws IOException {
        LuceneGenerations generations = new LuceneGenerations(root);
        Path first = generations.current();
        Files.createDirectory(root.resolve("gen-7"));
        Path next = generations.next();
        assertEquals(root.resolve("gen-8"), next);
        try (Stream<Path> files = Files.list(next)) {
            assertEquals(0, files.count());
        }
        assertEquals(first, generations.current());
        generations.promote(next);
        assertEquals(next, new LuceneGenerations(root).current());
    }

    @Test
    void deleteAllButKeepsTheOneAskedForAndTheLiveOne() throws IOException {
        LuceneGenerations generations = new LuceneGenerations(root);
        Path live = generations.current();
        Path second = generations.next();
        Path third = generations.next();
        Files.writeString(second.resolve("segments_1"), "x");
        Files.writeString(root.resolve("unrelated.txt"), "kept");
        generations.deleteAllBut(Set.of(third));
        assertTrue(Files.exists(live) && Files.exists(third) && Files.exists(root.resolve("unrelated.txt")));
        assertFalse(Files.exists(second));
        generations.promote(third);
        generations.deleteAllBut(Set.of(third));
        assertFalse(Files.exists(live));
        assertTrue(Files.exists(root.resolve("CURRENT")));
    }

    @Test
    void onlyAGenerationUnderTheRootCanBePromoted() {
        LuceneGenerations generations = new LuceneGenerations(root);
        assertThrows(IllegalArgumentException.class, () -> generations.promote(root.resolve("elsewhere")));
        assertThrows(IllegalArgumentException.class, () -> generations.promote(root.resolveSibling("gen-2")));
    }

    @Test
    void aRebuildFillsTheNextGenerationAsideAndSwapsItIn() throws IOException {
        LuceneGenerations generations = new LuceneGenerations(root);
        try (Directory directory = FSDirectory.open(generations.current());
                LuceneIndex live = LuceneIndex.open(directory)) {
            live.apply(List.of(DocumentBuilder.note(1).text("旧的回访").build()), List.of());
            live.commit(10);
        }
        Path next = generations.next();
        try (Directory directory = FSDirectory.open(next);
                LuceneIndex rebuilt = LuceneIndex.open(directory)) {
            rebuilt.apply(
                    List.of(
                            DocumentBuilder.note(1).text("回访").build(),
                            DocumentBuilder.note(2).text("回访").build()),
                    List.of());
            rebuilt.commit(12);
        }
        generations.promote(next);
        generations.deleteAllBut(Set.of(next));
        try (Directory directory = FSDirectory.open(generations.current());
                LuceneIndex reopened = LuceneIndex.open(directory)) {
            assertEquals(12, reopened.position());
            assertEquals(
                    2,
                    reopened.search(SearchRequest.of("回访", 10), Reach.EVERYTHING, true)
                            .total());
        }
        assertFalse(Files.exists(root.resolve("gen-1")));
    }
}
