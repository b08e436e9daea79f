package io.crm.search;

import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A Lucene index opened on one generation directory; closing it closes the directory too. */
record OpenIndex(Path generation, FSDirectory directory, LuceneIndex index) implements AutoCloseable {

    static OpenIndex open(Path generation) {
        try {
            FSDirectory directory = FSDirectory.open(generation);
            try {
                return new OpenIndex(generation, directory, LuceneIndex.open(directory));
            } catch (RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
