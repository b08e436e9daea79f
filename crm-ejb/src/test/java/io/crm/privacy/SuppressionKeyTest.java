package io.crm.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionKeyTest {

    @Test
    void theSameKeyAlwaysGivesTheSameHash_anotherKeyAnother() {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        String hash = new SuppressionKey(key).hmac("phone:+8613800138000");
        assertEquals(64, hash.length());
        assertEquals(hash, new SuppressionKey(key).hmac("phone:+8613800138000"));
        assertNotEquals(hash, new SuppressionKey(key).hmac("phone:+8613800138001"));
        byte[] other = "1123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        assertNotEquals(hash, new SuppressionKey(other).hmac("phone:+8613800138000"));
    }

    @Test
    void aGeneratedKeyIsWrittenOnceAndReadBackAfterARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config").resolve(SuppressionKey.FILE);
        byte[] first = SuppressionKey.generated(file);
        assertEquals(32, first.length);
        assertArrayEquals(first, SuppressionKey.generated(file));
        assertArrayEquals(first, Base64.getDecoder().decode(Files.readString(file)));
    }

    @Test
    void aConfiguredKeyShorterThan32BytesIsRefused() {
        assertThrows(
                IllegalStateException.class,
                () -> SuppressionKey.decode(Base64.getEncoder().encodeToString(new byte[16])));
    }
}
