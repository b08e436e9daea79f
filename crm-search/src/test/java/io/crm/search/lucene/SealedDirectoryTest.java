package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.encryption.KeyRing;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedDirectoryTest {

    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();
    private static final String BLIND = KeyRing.newKey();
    private static final KeyRing OLD = KeyRing.of("k1:" + K1, "k1", BLIND);
    private static final KeyRing ROTATED = KeyRing.of("k1:" + K1 + ", k2:" + K2, "k2", BLIND);

    @TempDir
    Path dir;

    @Test
    void noWordOfTheIndexedTextIsInClearOnDiskAndSearchesFindIt() throws IOException {
        AtomicReference<KeyRing> keys = new AtomicReference<>(OLD);
        try (Directory sealed = new SealedDirectory(FSDirectory.open(dir), keys::get)) {
            write(sealed, 0, 3000);
            keys.set(ROTATED); // files written from now on are under k2; those before still open with k1
            write(sealed, 3000, 3000);
            try (IndexWriter writer = writer(sealed)) {
                writer.forceMerge(1); // every document read back and written again, in segments of their own
            }
            write(sealed, 6000, 10);
            assertFound(sealed, 6010);
        }
        byte[] disk = everyFile(dir);
        assertTrue(disk.length > 100_000, "the index has files: " + disk.length);
        for (String clear : new String[] {"zhangwei", "13812345678", "complaint", "stored text 42"}) {
            assertFalse(contains(disk, clear), clear + " in clear on disk");
        }
    }

    @Test
    void aFileOfAKeyNotInTheRingOrAlteredIsRefused() throws IOException {
        try (Directory sealed = new SealedDirectory(FSDirectory.open(dir), () -> ROTATED)) {
            write(sealed, 0, 500);
        }
        try (Directory withoutK2 = new SealedDirectory(FSDirectory.open(dir), () -> OLD)) {
            IOException e = assertThrows(
                    IOException.class, () -> DirectoryReader.open(withoutK2).close());
            assertTrue(e.getMessage().contains("k2"), e.getMessage());
        }
        Path storedFields;
        try (Stream<Path> files = Files.list(dir)) {
            storedFields = files.filter(f -> f.getFileName().toString().endsWith(".fdt"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(storedFields);
        bytes[bytes.length / 2] ^= 1;
        Files.write(storedFields, bytes);
        try (Directory sealed = new SealedDirectory(FSDirectory.open(dir), () -> ROTATED)) {
            assertThrows(IOException.class, () -> {
                try (DirectoryReader reader = DirectoryReader.open(sealed)) {
                    for (int i = 0; i < reader.maxDoc(); i++) {
                        reader.storedFields().document(i);
                    }
                }
            });
        }
    }

    @Test
    void anIndexWrittenInClearBeforeIsStillRead() throws IOException {
        try (Directory clear = FSDirectory.open(dir)) {
            write(clear, 0, 200);
        }
        assertTrue(contains(everyFile(dir), "zhangwei"), "written in clear");
        try (Directory sealed = new SealedDirectory(FSDirectory.open(dir), () -> OLD)) {
            assertFound(sealed, 200);
            write(sealed, 200, 10);
            assertFound(sealed, 210);
        }
    }

    private static IndexWriter writer(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setUseCompoundFile(false));
    }

    private static void write(Directory directory, int from, int count) throws IOException {
        try (IndexWriter writer = writer(directory)) {
            for (int i = from; i < from + count; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new TextField(
                        "text", "zhangwei called from 13812345678 with a complaint number " + i, Field.Store.NO));
                doc.add(new StoredField("stored", "stored text " + i));
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    private static void assertFound(Directory directory, int documents) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(documents, searcher.count(new TermQuery(new Term("text", "13812345678"))));
            assertEquals(documents, searcher.count(new PhraseQuery("text", "a", "complaint")), "positions read back");
            assertEquals(1, searcher.count(new TermQuery(new Term("text", Integer.toString(documents - 1)))));
            int last = searcher.search(new TermQuery(new Term("id", "7")), 1).scoreDocs[0].doc;
            assertEquals("stored text 7", reader.storedFields().document(last).get("stored"));
        }
    }

    private static byte[] everyFile(Path dir) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(f));
            }
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void theIndexOnASealedDirectoryFindsEachNewNoteAndItsPhoneAsInProduction() throws IOException {
        try (Directory directory =
                        new NRTCachingDirectory(new SealedDirectory(FSDirectory.open(dir), () -> OLD), 5, 64);
                LuceneIndex index = LuceneIndex.open(directory)) {
            for (int i = 1; i <= 300; i++) {
                String phone = "139" + String.format(java.util.Locale.ROOT, "%08d", i);
                index.apply(
                        List.of(DocumentBuilder.note(i)
                                .text(word(i) + " 新手机 " + phone)
                                .build()),
                        List.of());
                index.refresh();
                if (i % 50 == 0) {
                    index.commit(i);
                }
                for (String q : List.of(phone, word(i))) {
                    SearchResult found =
                            index.search(SearchRequest.of(q, 10), Reach.EVERYTHING, true, keys -> Map.of());
                    assertEquals(1, found.total(), q + " after " + i + " notes");
                }
            }
        }
    }

    /** A word of letters only, one per number. */
    private static String word(int i) {
        StringBuilder w = new StringBuilder("zq");
        for (char c : Integer.toString(i).toCharArray()) {
            w.append((char) ('a' + c - '0'));
        }
        return w.toString();
    }
}
