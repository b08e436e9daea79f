package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void rowsBeyondTheLimitBecomeACursorOnTheLastOneKept() {
        PageRequest two = new PageRequest(2, null);
        Page<Integer> first = Page.of(List.of(1, 2, 3), two, "numbers", "f", n -> Integer.toString(n));
        assertEquals(List.of(1, 2), first.items());
        assertEquals("2", Cursor.decode(first.next(), "numbers", "f").position());

        Page<Integer> last = Page.of(List.of(3, 4), two, "numbers", "f", n -> Integer.toString(n));
        assertEquals(List.of(3, 4), last.items());
        assertNull(last.next());
    }
}
