package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedFileTest {

    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();
    private static final String INDEX = KeyRing.newKey();
    private final KeyRing old = KeyRing.of("k1:" + K1, "k1", INDEX);
    private final KeyRing rotated = KeyRing.of("k1:" + K1 + ", k2:" + K2, "k2", INDEX);

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenReadsBackAndNothingOfItIsInClearOnDisk() throws IOException {
        byte[] clear = csv(40_000); // several segments
        Path file = write(old, clear, "customer-import");
        assertTrue(SealedFile.isSealed(file));
        String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("13800138"), "a phone in clear");
        assertFalse(onDisk.contains("example.com"), "an email in clear");
        assertArrayEquals(clear, read(rotated, file, "customer-import"), "an older key still opens it");
    }

    @Test
    void anotherPurposeACutOrAnAlteredFileFails() throws IOException {
        byte[] clear = csv(40_000);
        Path file = write(rotated, clear, "customer-import");
        assertThrows(IOException.class, () -> read(rotated, file, "survey-import"));
        byte[] sealed = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(sealed, sealed.length - 100));
        assertThrows(IOException.class, () -> read(rotated, cut, "customer-import"));
        sealed[sealed.length / 2] ^= 1;
        Path altered = Files.write(dir.resolve("altered"), sealed);
        assertThrows(IOException.class, () -> read(rotated, altered, "customer-import"));
        assertThrows(IOException.class, () -> read(old, file, "customer-import"), "its key is not in the ring");
    }

    @Test
    void aFileWrittenBeforeFilesWereSealedIsReadAsItIs() throws IOException {
        byte[] clear = csv(10);
        Path file = Files.write(dir.resolve("legacy.csv"), clear);
        assertFalse(SealedFile.isSealed(file));
        assertArrayEquals(clear, read(old, file, "customer-import"));
    }

    private Path write(KeyRing ring, byte[] clear, String purpose) throws IOException {
        Path file = dir.resolve("sealed-" + System.nanoTime());
        try (OutputStream out = SealedFile.create(file, ring, purpose)) {
            out.write(clear);
        }
        return file;
    }

    private static byte[] read(KeyRing ring, Path file, String purpose) throws IOException {
        try (InputStream in = SealedFile.open(file, ring, purpose)) {
            return in.readAllBytes();
        }
    }

    private static byte[] csv(int rows) {
        StringBuilder s = new StringBuilder("name,phones,emails\n");
        for (int i = 0; i < rows; i++) {
            s.append("李四,+86138001380").append(i % 10).append(",li").append(i).append("@example.com\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
