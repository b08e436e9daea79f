package io.crm.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedExportFileTest {

    @TempDir
    Path dir;

    @Test
    void blocksAreSealedOnDiskAndComeBackInClear() throws IOException {
        Path file = dir.resolve("exports/e.csv.sealed");
        long length;
        try (FileChannel channel = SealedExportFile.openAt(file, 0)) {
            SealedExportFile.append(channel, TestKeys.RING, "id,name\r\n");
            length = SealedExportFile.append(channel, TestKeys.RING, "1,张伟 +8613800138000\r\n");
        }
        String onDisk = Files.readString(file, StandardCharsets.US_ASCII);
        assertFalse(onDisk.contains("8613800138000"), onDisk);
        assertEquals(2, onDisk.lines().count());
        assertEquals("id,name\r\n1,张伟 +8613800138000\r\n", clear(file, length));
    }

    @Test
    void aRestartCutsTheFileBackToItsCheckpointSoNoRowIsWrittenTwice() throws IOException {
        Path file = dir.resolve("e.ndjson.sealed");
        long checkpoint;
        try (FileChannel channel = SealedExportFile.openAt(file, 0)) {
            checkpoint = SealedExportFile.append(channel, TestKeys.RING, "{\"id\":\"1\"}\n");
            // the next chunk reached the disk, but its transaction (and checkpoint) never committed
            SealedExportFile.append(channel, TestKeys.RING, "{\"id\":\"2\"}\n");
        }
        long length;
        try (FileChannel channel = SealedExportFile.openAt(file, checkpoint)) {
            length = SealedExportFile.append(channel, TestKeys.RING, "{\"id\":\"2\"}\n{\"id\":\"3\"}\n");
        }
        assertEquals(length, Files.size(file));
        assertEquals("{\"id\":\"1\"}\n{\"id\":\"2\"}\n{\"id\":\"3\"}\n", clear(file, length));
    }

    @Test
    void theDownloadStopsAtTheCommittedLength() throws IOException {
        Path file = dir.resolve("e.csv.sealed");
        long committed;
        try (FileChannel channel = SealedExportFile.openAt(file, 0)) {
            committed = SealedExportFile.append(channel, TestKeys.RING, "a\n");
            SealedExportFile.append(channel, TestKeys.RING, "b\n");
        }
        assertEquals("a\n", clear(file, committed));
    }

    @Test
    void aFileShorterThanItsCheckpointIsRefused() throws IOException {
        Path file = dir.resolve("e.csv.sealed");
        Files.writeString(file, "");
        assertThrows(IOException.class, () -> SealedExportFile.openAt(file, 100));
    }

    @Test
    void aBlockInClearIsRefused() throws IOException {
        Path file = dir.resolve("e.csv.sealed");
        Files.writeString(file, "planted,+8613800138000\n");
        assertThrows(IOException.class, () -> clear(file, Files.size(file)));
    }

    private static String clear(Path file, long length) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SealedExportFile.copyClear(file, length, TestKeys.RING, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
