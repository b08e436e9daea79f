package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {

    @TempDir
    Path dir;

    @Test
    void anUploadIsStreamedToTheFileWhole() throws IOException {
        byte[] body = new byte[200_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        Path target = dir.resolve("in/a.csv");
        assertEquals(
                body.length,
                Upload.store("body", new ByteArrayInputStream(body), -1, body.length, target, Files::newOutputStream));
        assertEquals(body.length, Files.size(target));
    }

    @Test
    void overTheLimitNothingIsKeptWhetherDeclaredOrFoundWhileReading() {
        Path target = dir.resolve("b.csv");
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared size over the limit is refused unread");
            }
        };
        assertThrows(
                TooLargeException.class, () -> Upload.store("body", unread, 101, 100, target, Files::newOutputStream));
        assertThrows(
                TooLargeException.class,
                () -> Upload.store(
                        "body", new ByteArrayInputStream(new byte[101]), -1, 100, target, Files::newOutputStream));
        assertFalse(Files.exists(target));
    }

    @Test
    void anUploadCutOffIsA400AndNothingIsKept() {
        Path target = dir.resolve("c.csv");
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };
        assertThrows(
                InvalidInputException.class,
                () -> Upload.store("body", broken, -1, 100, target, Files::newOutputStream));
        assertFalse(Files.exists(target));
    }
}
