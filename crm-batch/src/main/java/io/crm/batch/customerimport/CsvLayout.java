package io.crm.batch.customerimport;

import io.crm.common.InvalidInputException;
import io.crm.customerimport.CustomerImports;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

/**
 * How an uploaded CSV is written: its charset and delimiter, found from the file itself. A byte order mark names the
 * charset; otherwise a file that is valid UTF-8 throughout is UTF-8, and any other is read as GB18030 (a superset of
 * GBK, what Chinese Excel saves as "CSV"). The delimiter is whichever of comma, semicolon and tab the header row
 * holds most of outside quotes (Excel in many European locales writes semicolons; exports of databases, tabs).
 */
public record CsvLayout(Charset charset, char delimiter, int bomBytes) {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** The layout of the file; {@code charsetName} overrides the detection when given (a 400 when unknown). */
    public static CsvLayout of(Path file, String charsetName) {
        try {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = CustomerImports.read(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            int bom = 0;
            Charset charset;
            if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                bom = 3;
                charset = StandardCharsets.UTF_8;
            } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                bom = 2;
                charset = StandardCharsets.UTF_16LE;
            } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                bom = 2;
                charset = StandardCharsets.UTF_16BE;
            } else if (charsetName == null || charsetName.isBlank()) {
                charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
            } else {
                charset = null;
            }
            if (charsetName != null && !charsetName.isBlank()) {
                charset = named(charsetName.strip());
            }
            return new CsvLayout(charset, delimiter(file, charset, bom), bom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as text from its start, after any byte order mark. */
    public Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(CustomerImports.read(file), 1 << 16);
        in.skipNBytes(bomBytes);
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    static Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("charset", "is not a charset this server reads (UTF-8, GB18030, GBK, …)");
        }
    }

    /** Whether the whole file decodes as UTF-8, read in blocks. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = CustomerImports.read(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                if (end) {
                    return !decoder.flush(chars.clear()).isError();
                }
                bytes.compact();
                chars.clear();
            }
        }
    }

    /** The delimiter the first record (the header) holds most of outside quotes; comma when it holds none. */
    static char delimiter(Path file, Charset charset, int bom) throws IOException {
        int[] counts = new int[DELIMITERS.length];
        try (Reader reader = new CsvLayout(charset, ',', bom).open(file)) {
            boolean quoted = false;
            int c;
            int read = 0;
            while ((c = reader.read()) >= 0 && read++ < 1 << 20) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    for (int i = 0; i < DELIMITERS.length; i++) {
                        if (c == DELIMITERS[i]) {
                            counts[i]++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }
}
