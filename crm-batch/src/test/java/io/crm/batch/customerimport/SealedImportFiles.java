package io.crm.batch.customerimport;

import io.crm.customerimport.CustomerImports;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Import files written as the upload writes them: sealed under a test key ring. */
final class SealedImportFiles {

    static {
        PiiKeys.use(KeyRing.of("t1:" + KeyRing.newKey(), "t1", KeyRing.newKey()));
    }

    private SealedImportFiles() {}

    static Path write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = CustomerImports.write(file)) {
            out.write(bytes);
        }
        return file;
    }

    static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
