package io.crm.export;

import io.crm.encryption.Envelope;
import io.crm.encryption.KeyRing;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An export file on disk: one line per block of rows (the header, then each chunk the job wrote), each line an
 * envelope sealed under the current personal-data key. A block is whole or absent: a restart cuts the file back to the
 * length its last checkpoint recorded, so a row is never written twice; the download opens the blocks one by one and
 * streams the clear text.
 */
public final class SealedExportFile {

    private SealedExportFile() {}

    /** Opens the file for writing, cut back to {@code length} bytes (0: a new file). */
    public static FileChannel openAt(Path file, long length) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        if (channel.size() < length) {
            channel.close();
            throw new IOException("the export file " + file + " holds " + Files.size(file) + " bytes, fewer than the "
                    + length + " its checkpoint recorded");
        }
        channel.truncate(length);
        channel.position(length);
        return channel;
    }

    /** Appends one sealed block and forces it to disk; answers the file's length after it. */
    public static long append(FileChannel channel, KeyRing ring, String clear) throws IOException {
        byte[] line = (ring.seal(clear) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
        return channel.position();
    }

    /** Writes the clear content of the first {@code length} bytes of the file (what the last checkpoint covers). */
    public static void copyClear(Path file, long length, KeyRing ring, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.US_ASCII))) {
            long read = 0;
            String line;
            while (read < length && (line = lines.readLine()) != null) {
                read += line.length() + 1;
                if (!Envelope.isSealed(line)) {
                    throw new IOException("the export file " + file + " holds a block that is not sealed");
                }
                out.write(ring.open(line).getBytes(StandardCharsets.UTF_8));
            }
        }
        out.flush();
    }
}
