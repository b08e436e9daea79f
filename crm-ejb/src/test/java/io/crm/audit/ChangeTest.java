package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void acceptsWhatJsonShows() {
        new Change(null, "text");
        new Change(true, 42);
        new Change(List.of(), List.of("a"));
    }

    @Test
    void refusesOtherValues() {
        assertThrows(IllegalArgumentException.class, () -> new Change(LocalDate.of(2025, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new Change(null, List.of(1, 2)));
    }

    @Test
    void keepsItsOwnCopyOfAList() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Change change = new Change(tags, null);

        tags.add("b");

        assertEquals(List.of("a"), change.before());
    }
}
