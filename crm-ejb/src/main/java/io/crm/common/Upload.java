package io.crm.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file a client uploads (a CSV), read to at most a limit: a declared size over it is refused before a byte is
 * read, and the read stops at the limit. Small ones are read into memory ({@link #read}); large ones are streamed to a
 * file ({@link #store}). UTF-8 only; no control characters but line breaks and tabs, which PostgreSQL
 * and H2 would otherwise store differently (PostgreSQL refuses NUL).
 */
public record Upload(String text, long bytes, long lines) {

    /**
     * Reads the upload; {@code declaredBytes} is the Content-Length (negative when unknown).
     *
     * @throws TooLargeException    when it is, or says it is, larger than {@code maxBytes}
     * @throws InvalidInputException when it is not UTF-8 text without control characters
     */
    public static Upload read(String field, InputStream in, long declaredBytes, long maxBytes) {
        if (declaredBytes > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try {
            body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read to its end: " + e.getMessage());
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheet programs put before UTF-8
        }
        int control = Text.controlCharacterInLines(text);
        if (control >= 0) {
            throw new InvalidInputException(
                    field,
                    "line "
                            + (1
                                    + text.substring(0, control)
                                            .chars()
                                            .filter(c -> c == '\n')
                                            .count())
                            + " holds a control character (only line breaks and tabs are taken)");
        }
        long lines = text.lines().count();
        return new Upload(text, body.length, lines);
    }

    /**
     * Streams the upload into {@code target} (created or replaced, through {@code writing}) without holding it in
     * memory, and answers its size
     * in bytes. Nothing is kept of an upload that is, or says it is, larger than {@code maxBytes}, or that cannot be
     * read to its end: the file is removed and the refusal thrown.
     *
     * @throws TooLargeException    when it is, or says it is, larger than {@code maxBytes}
     * @throws InvalidInputException when it cannot be read to its end
     */
    public static long store(
            String field, InputStream in, long declaredBytes, long maxBytes, Path target, FileWriting writing) {
        if (declaredBytes > maxBytes) {
            throw tooLarge(maxBytes);
        }
        long written = 0;
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = writing.open(target)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    written += n;
                    if (written > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return written;
        } catch (IOException e) {
            delete(target);
            throw new InvalidInputException(field, "could not be read to its end: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(target);
            throw e;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TooLargeException tooLarge(long maxBytes) {
        return new TooLargeException("The upload is larger than " + maxBytes + " bytes, the most this server takes.");
    }

    /** How a stored upload is written: as it came ({@code Files::newOutputStream}), or sealed. */
    @FunctionalInterface
    public interface FileWriting {
        OutputStream open(Path target) throws IOException;
    }
}
