package io.crm.search.lucene;

import io.crm.encryption.PiiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * A Lucene index opened on one generation directory; closing it closes the directory too. The small segments that
 * each refresh writes are kept in memory until a commit or a merge writes them out (up to 64 MB of them), so that
 * making changes visible many times a second costs no file creation. What is written to disk is sealed
 * ({@link SealedDirectory}).
 */
public record LuceneGeneration(Path generation, Directory directory, LuceneIndex index) implements AutoCloseable {

    private static final double CACHE_SEGMENTS_UP_TO_MB = 5;
    private static final double CACHE_AT_MOST_MB = 64;

    public static LuceneGeneration open(Path generation) {
        try {
            Directory directory = new NRTCachingDirectory(
                    new SealedDirectory(FSDirectory.open(generation), PiiKeys::ring),
                    CACHE_SEGMENTS_UP_TO_MB,
                    CACHE_AT_MOST_MB);
            try {
                return new LuceneGeneration(generation, directory, LuceneIndex.open(directory));
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
