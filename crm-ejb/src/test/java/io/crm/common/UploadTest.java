package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUtf8TextWithItsSizeAndLines() {
        Upload upload = Upload.read("body", bytes("token,score,comment\nabc,9,\"两行\n评论\"\tok\r\ndef,8,\n"), -1, 1000);
        assertEquals(4, upload.lines());
        assertEquals(
                "token,score,comment\nabc,9,\"两行\n评论\"\tok\r\ndef,8,\n".getBytes(StandardCharsets.UTF_8).length,
                upload.bytes());
        assertTrue(upload.text().startsWith("token,score"));
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReading() {
        InputStream unreadable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read before the declared size was checked");
            }
        };
        assertThrows(TooLargeException.class, () -> Upload.read("body", unreadable, 2L * 1024 * 1024 * 1024, 1000));
    }

    @Test
    void theReadStopsAtTheLimit() {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        assertThrows(TooLargeException.class, () -> Upload.read("body", endless, -1, 1000));
        assertTrue(served[0] <= 1001, "read " + served[0] + " bytes");
        assertEquals(
                1000, Upload.read("body", bytes("a".repeat(1000)), 1000, 1000).bytes());
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefusedWithTheirLine() {
        InvalidInputException nul = assertThrows(
                InvalidInputException.class,
                () -> Upload.read("body", bytes("token,score\nabc,9\nnul\u0000byte,9\n"), -1, 1000));
        assertEquals("body", nul.violations().get(0).field());
        assertTrue(nul.violations().get(0).message().startsWith("line 3 "), nul.getMessage());
        assertThrows(InvalidInputException.class, () -> Upload.read("body", bytes("a\u007fb"), -1, 1000));
        assertThrows(InvalidInputException.class, () -> Upload.read("body", bytes("a\u0085b"), -1, 1000));
    }

    @Test
    void refusesWhatIsNotUtf8AndDropsAByteOrderMark() {
        assertThrows(
                InvalidInputException.class,
                () -> Upload.read("body", new ByteArrayInputStream(new byte[] {'a', (byte) 0xff, 'b'}), -1, 1000));
        assertEquals(
                "token,score\n",
                Upload.read("body", bytes("\uFEFFtoken,score\n"), -1, 1000).text());
    }
}
