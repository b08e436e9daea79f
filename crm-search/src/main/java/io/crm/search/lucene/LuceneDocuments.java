package io.crm.search.lucene;

import io.crm.indexing.SearchDocument;
import io.crm.search.lucene.LuceneFields.Source;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a note or follow-up into the Lucene document that finds it: its filters, the readers it is visible to
 * (owner, team and shares as plain ids, so that reorganising teams needs no reindex), and its text. The clear text
 * gets its own fields only when it differs from the masked text, so a caller without clearance for personal data,
 * who searches the masked fields alone, can never match a phone number or email address through it. Only the masked
 * text is stored: snippets of the clear text are cut from the record as the database holds it.
 */
public final class LuceneDocuments {

    /** Words for prefixes: counted for scoring, without positions, which no phrase needs in this field. */
    private static final FieldType UNSTEMMED = new FieldType();

    static {
        UNSTEMMED.setTokenized(true);
        UNSTEMMED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        UNSTEMMED.freeze();
    }

    private final LuceneFields fields;

    public LuceneDocuments(LuceneFields fields) {
        this.fields = fields;
    }

    public Document toDocument(SearchDocument record) {
        Document doc = new Document();
        String key = record.key();
        doc.add(new StringField(LuceneFields.KEY, key, Store.YES));
        doc.add(new SortedDocValuesField(LuceneFields.KEY, new BytesRef(key)));
        doc.add(new StringField(LuceneFields.TYPE, record.type().name(), Store.YES));
        doc.add(new StoredField(LuceneFields.ID, record.id()));
        doc.add(new LongPoint(LuceneFields.CUSTOMER_ID, record.customerId()));
        doc.add(new StoredField(LuceneFields.CUSTOMER_ID, record.customerId()));
        addKeyword(doc, LuceneFields.AUTHOR_ID, record.authorId());
        addKeyword(doc, LuceneFields.CHANNEL, record.channel());
        addKeyword(doc, LuceneFields.STATUS, record.status());
        long createdAt = Objects.requireNonNull(record.createdAt(), "createdAt of " + key)
                .toEpochMilli();
        doc.add(new LongPoint(LuceneFields.CREATED_AT, createdAt));
        doc.add(new StoredField(LuceneFields.CREATED_AT, createdAt));
        doc.add(new NumericDocValuesField(LuceneFields.CREATED_AT, createdAt));

        String masked = Objects.requireNonNullElse(record.maskedText(), "");
        String clear = Objects.requireNonNullElse(record.text(), "");
        addText(doc, Source.MASKED, masked, true);
        if (!clear.equals(masked)) {
            addText(doc, Source.CLEAR, clear, false);
        }
        if (record.customerName() != null) {
            doc.add(new StoredField(LuceneFields.CUSTOMER_NAME, record.customerName()));
            addText(doc, Source.NAME, record.customerName(), false);
        }

        addKeyword(doc, LuceneFields.VIS_OWNER, record.ownerId());
        addKeyword(doc, LuceneFields.VIS_TEAM, record.teamId());
        record.shareUserIds().forEach(user -> addKeyword(doc, LuceneFields.VIS_SHARE_USER, user));
        record.shareTeamIds().forEach(team -> addKeyword(doc, LuceneFields.VIS_SHARE_TEAM, team));
        return doc;
    }

    private void addText(Document doc, Source source, String text, boolean storeForSnippets) {
        String stored = fields.storedField(source);
        for (String field : fields.fields(source)) {
            doc.add(new TextField(field, text, storeForSnippets && field.equals(stored) ? Store.YES : Store.NO));
        }
        doc.add(new Field(fields.unstemmedField(source), text, UNSTEMMED));
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Store.NO));
        }
    }
}
