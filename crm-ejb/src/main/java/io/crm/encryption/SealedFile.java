package io.crm.encryption;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * A file that holds personal data while a job works on it (an uploaded CSV), sealed as one stream: a first line
 * {@code crm-sealed-file:v1:<key id>} in clear, then Tink's streaming AEAD under that key, the purpose bound in as
 * associated data. A reader checks every segment before it hands it on; a file cut short or altered fails. A file
 * without the first line was written before files were sealed and is read as it is. Files read at any place (the search
 * index's) are cut into small segments and read through a channel that opens only the segments a read touches.
 */
public final class SealedFile {

    private static final String MAGIC = "crm-sealed-file:v1:";
    private static final int LONGEST_FIRST_LINE = MAGIC.length() + 33;

    private SealedFile() {}

    /** A new file (created or replaced) that seals what is written to it under the current key. */
    public static OutputStream create(Path file, KeyRing ring, String purpose) throws IOException {
        return sealing(Files.newOutputStream(file), ring, purpose, false);
    }

    /**
     * Seals what is written to {@code raw} (closed with the stream) under the current key, in segments for reads at
     * any place, to be opened by {@link #openForRandomAccess}.
     */
    public static OutputStream sealingForRandomAccess(OutputStream raw, KeyRing ring, String purpose)
            throws IOException {
        return sealing(raw, ring, purpose, true);
    }

    private static OutputStream sealing(OutputStream out, KeyRing ring, String purpose, boolean randomAccess)
            throws IOException {
        String keyId = ring.currentId();
        try {
            out.write((MAGIC + keyId + "\n").getBytes(StandardCharsets.US_ASCII));
            return ring.fileKey(keyId, randomAccess).newEncryptingStream(out, associatedData(keyId, purpose));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            out.close();
            throw e instanceof IOException io ? io : new IOException("could not seal: " + e.getMessage(), e);
        }
    }

    /**
     * The clear content of a file {@link #sealingForRandomAccess} wrote for the same purpose, as a channel that reads
     * at any position (not safe for concurrent use); null when the file is not sealed. Closing it closes {@code raw}.
     */
    public static SeekableByteChannel openForRandomAccess(SeekableByteChannel raw, KeyRing ring, String purpose)
            throws IOException {
        ByteBuffer head = ByteBuffer.allocate(LONGEST_FIRST_LINE);
        raw.position(0);
        while (head.hasRemaining() && raw.read(head) >= 0) {
            // the first line is short: read until it is all there or the file ends
        }
        String keyId = keyId(Arrays.copyOf(head.array(), head.position()));
        if (keyId == null) {
            return null;
        }
        try {
            return ring.fileKey(keyId, true)
                    .newSeekableDecryptingChannel(
                            new After(raw, MAGIC.length() + keyId.length() + 1), associatedData(keyId, purpose));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("could not open a sealed file: " + e.getMessage(), e);
        }
    }

    /** The part of a channel after its first {@code skipped} bytes. */
    private static final class After implements SeekableByteChannel {

        private final SeekableByteChannel whole;
        private final long skipped;

        After(SeekableByteChannel whole, long skipped) throws IOException {
            this.whole = whole;
            this.skipped = skipped;
            whole.position(skipped);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return whole.read(dst);
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            return whole.position() - skipped;
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            whole.position(skipped + newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return whole.size() - skipped;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return whole.isOpen();
        }

        @Override
        public void close() throws IOException {
            whole.close();
        }
    }

    /** The clear content of a file {@link #create} wrote for the same purpose (or of one written in clear before). */
    public static InputStream open(Path file, KeyRing ring, String purpose) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(LONGEST_FIRST_LINE);
            byte[] head = in.readNBytes(LONGEST_FIRST_LINE);
            String keyId = keyId(head);
            if (keyId == null) {
                in.reset();
                return in;
            }
            in.reset();
            in.skipNBytes(MAGIC.length() + keyId.length() + 1);
            return ring.fileKey(keyId, false).newDecryptingStream(in, associatedData(keyId, purpose));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            in.close();
            throw e instanceof IOException io
                    ? io
                    : new IOException("could not open the sealed file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file is sealed (begins with the first line of a sealed file). */
    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return keyId(in.readNBytes(LONGEST_FIRST_LINE)) != null;
        }
    }

    private static String keyId(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        int end = start.indexOf('\n');
        if (!start.startsWith(MAGIC) || end < 0) {
            return null;
        }
        String keyId = start.substring(MAGIC.length(), end);
        try {
            KeyRing.checkKeyId(keyId);
            return keyId;
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static byte[] associatedData(String keyId, String purpose) {
        return (MAGIC + keyId + ":" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
