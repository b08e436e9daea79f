package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    private static String source(String address, String requestId) {
        RequestOrigin origin = new RequestOrigin();
        origin.set(address, requestId);
        return origin.source();
    }

    @Test
    void nothingIsKnownBeforeTheRequestIsSeen() {
        assertNull(new RequestOrigin().source());
    }

    @Test
    void isForgottenOnceTheRequestIsAnsweredAndIsNotSeenByOtherThreads() throws Exception {
        RequestOrigin origin = new RequestOrigin();
        origin.set("203.0.113.7", "r1");
        String[] seenElsewhere = {"not looked at"};
        Thread other = new Thread(() -> seenElsewhere[0] = origin.source());
        other.start();
        other.join();
        assertNull(seenElsewhere[0]);
        assertEquals("203.0.113.7 request r1", origin.source());
        origin.clear();
        assertNull(origin.source());
    }

    @Test
    void namesTheClientAndItsRequestId() {
        assertEquals("203.0.113.7 request 4f2a-9c", source("203.0.113.7", "4f2a-9c"));
        assertEquals("2001:db8::1", source("2001:db8::1", null));
        assertEquals("unknown request r1", source(null, "r1"));
    }

    @Test
    void aRequestIdThatIsNotAPlainTokenIsLeftOut() {
        assertEquals("203.0.113.7", source("203.0.113.7", "x\nforged entry"));
        assertEquals("203.0.113.7", source("203.0.113.7", "a".repeat(65)));
        assertEquals("203.0.113.7", source("203.0.113.7", ""));
    }

    @Test
    void isNeverLongerThanTheColumn() {
        assertEquals(RequestOrigin.MAX_LENGTH, source("h".repeat(500), null).length());
    }
}
