package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch written whole, or item by item once the whole failed; a doomed transaction never answers for writes. */
class BulkWritesTest {

    private final List<List<String>> calls = new ArrayList<>();

    /** Stores every item but "clash", which fails its transaction as a unique key taken meanwhile would. */
    private List<ItemOutcome<String>> write(List<String> items) {
        calls.add(items);
        if (items.contains("clash")) {
            throw new EJBException("unique key taken meanwhile");
        }
        return items.stream()
                .map(i -> i.equals("bad")
                        ? ItemOutcome.<String>refused(new InvalidInputException("name", "is required"))
                        : ItemOutcome.created(i))
                .toList();
    }

    @Test
    void aBatchThatCommitsIsOneCall() {
        List<ItemOutcome<String>> outcomes = new BulkWrites().write(List.of("a", "bad", "b"), this::write);
        assertEquals(1, calls.size());
        assertEquals("a", outcomes.get(0).stored());
        assertEquals(InvalidInputException.class, outcomes.get(1).refusal().getClass());
        assertEquals("b", outcomes.get(2).stored());
    }

    @Test
    void aBatchThatFailsWholeIsWrittenItemByItem_theFailingItemAlone() {
        List<ItemOutcome<String>> outcomes = new BulkWrites().write(List.of("a", "clash", "b"), this::write);
        assertEquals(List.of(List.of("a", "clash", "b"), List.of("a"), List.of("clash"), List.of("b")), calls);
        assertEquals("a", outcomes.get(0).stored());
        assertNull(outcomes.get(1).stored());
        assertEquals(EJBException.class, outcomes.get(1).refusal().getClass());
        assertEquals("b", outcomes.get(2).stored());
    }

    @Test
    void aDomainRefusalOfTheWholeCallIsNotRetried() {
        AccessDeniedException denied = new AccessDeniedException("no customer:write");
        AccessDeniedException thrown = assertThrows(
                AccessDeniedException.class,
                () -> new BulkWrites().write(List.of("a", "b"), items -> {
                    calls.add(items);
                    throw denied;
                }));
        assertSame(denied, thrown);
        assertEquals(1, calls.size());
    }

    @Test
    void aTransactionMarkedForRollbackMayNotAnswerForStoredItems() {
        List<ItemOutcome<String>> stored = List.of(ItemOutcome.created("a"));
        List<ItemOutcome<String>> refused =
                List.of(ItemOutcome.refused(new InvalidInputException("name", "is required")));
        assertThrows(IllegalStateException.class, () -> BulkWrites.ensureCommittable(true, stored));
        BulkWrites.ensureCommittable(false, stored);
        BulkWrites.ensureCommittable(true, refused);
    }

    @Test
    void aBatchHasOneToAThousandItems() {
        assertThrows(InvalidInputException.class, () -> BulkWrites.checkSize(0, "customers"));
        assertThrows(InvalidInputException.class, () -> BulkWrites.checkSize(1001, "customers"));
        BulkWrites.checkSize(1000, "customers");
    }
}
