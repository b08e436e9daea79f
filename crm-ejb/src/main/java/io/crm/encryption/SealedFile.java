package io.crm.encryption;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * A file that holds personal data while a job works on it (an uploaded CSV), sealed as one stream: a first line
 * {@code crm-sealed-file:v1:<key id>} in clear, then Tink's streaming AEAD under that key, the purpose bound in as
 * associated data. A reader checks every segment before it hands it on; a file cut short or altered fails. A file
 * without the first line was written before files were sealed and is read as it is.
 */
public final class SealedFile {

    private static final String MAGIC = "crm-sealed-file:v1:";
    private static final int LONGEST_FIRST_LINE = MAGIC.length() + 33;

    private SealedFile() {}

    /** A new file (created or replaced) that seals what is written to it under the current key. */
    public static OutputStream create(Path file, KeyRing ring, String purpose) throws IOException {
        String keyId = ring.currentId();
        OutputStream out = Files.newOutputStream(file);
        try {
            out.write((MAGIC + keyId + "\n").getBytes(StandardCharsets.US_ASCII));
            return ring.fileKey(keyId).newEncryptingStream(out, associatedData(keyId, purpose));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            out.close();
            throw e instanceof IOException io
                    ? io
                    : new IOException("could not seal " + file + ": " + e.getMessage(), e);
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
            return ring.fileKey(keyId).newDecryptingStream(in, associatedData(keyId, purpose));
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
