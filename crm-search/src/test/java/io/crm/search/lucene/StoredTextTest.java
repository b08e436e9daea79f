package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.search.DocumentBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an index on disk stores of a record with personal data in its text: the masked text, not the clear one. */
class StoredTextTest {

    @Test
    void theIndexStoresTheMaskedTextAndNotTheClearText(@TempDir Path dir) throws Exception {
        String clear = "Customer asked for a callback at zhang.wei.8841@example.com tonight, mobile 13812345678";
        LuceneIndex index = LuceneIndex.open(FSDirectory.open(dir));
        try {
            index.apply(List.of(DocumentBuilder.note(1).text(clear).build()), List.of());
            index.commit(1);
        } finally {
            index.close();
        }
        List<String> stored = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertEquals(1, reader.numDocs());
            Document doc = reader.storedFields().document(0);
            for (IndexableField field : doc.getFields()) {
                if (field.stringValue() != null) {
                    stored.add(field.stringValue());
                }
            }
        }
        String all = String.join("\n", stored);
        assertTrue(all.contains("Customer asked for a callback at z***@example.com tonight, mobile 138****5678"), all);
        assertFalse(all.contains("zhang.wei"), all);
        assertFalse(all.contains("12345678"), all);
    }
}
