package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiKeysTest {

    @Test
    void aDemoRunGeneratesItsRingOnceAndKeepsUsingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config").resolve(PiiKeys.DEMO_FILE);
        KeyRing first = PiiKeys.demoRing(file);
        assertTrue(Files.exists(file));
        String sealed = first.seal("+8613800138000");
        KeyRing again = PiiKeys.demoRing(file);
        assertEquals("+8613800138000", again.open(sealed));
        assertEquals(first.blindIndex("x"), again.blindIndex("x"));
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
