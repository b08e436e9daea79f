package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdBlocksTest {

    @Test
    void numericIdsFallInBlocksOf64() {
        assertEquals("0", IdBlocks.of("0"));
        assertEquals("0", IdBlocks.of("63"));
        assertEquals("1", IdBlocks.of("64"));
        assertEquals("1562", IdBlocks.of("100000"));
        assertEquals(Long.toString(999_999_999_999_999_999L >> 6), IdBlocks.of("999999999999999999"));
    }

    @Test
    void anyOtherIdIsItsOwnKeyAndMeetsNoBlock() {
        assertEquals("~abc", IdBlocks.of("abc"));
        assertEquals("~007", IdBlocks.of("007"), "only the way the CRM writes a number is one");
        assertEquals("~-5", IdBlocks.of("-5"));
        assertEquals("~1234567890123456789", IdBlocks.of("1234567890123456789"), "past 18 digits, a word");
        assertNotEquals(IdBlocks.of("1"), IdBlocks.of("~1"));
    }

    @Test
    void aPageInIdOrderHasOneOrTwoKeys() {
        List<String> page =
                LongStream.rangeClosed(100, 149).mapToObj(Long::toString).toList();
        assertEquals("1 2", IdBlocks.column(page));
        assertEquals("2", IdBlocks.column(page.subList(30, 50)));
    }

    @Test
    void keysComeOnceInTheOrderOfTheirFirstIds() {
        assertEquals("3 ~x 0", IdBlocks.column(List.of("200", "x", "201", "5", "x")));
    }

    @Test
    void aPageEntryCarriesTheKeysOfItsIds() {
        AuditEntry page = AuditEntry.readOf(OffsetDateTime.now(), "sales1", "customer", List.of("64", "65", "1"), null);
        assertEquals("64 65 1", page.entityIdsColumn());
        assertEquals("1 0", page.entityIdBlocksColumn());
        AuditEntry one = AuditEntry.readOf(OffsetDateTime.now(), "sales1", "customer", List.of("64"), null);
        assertNull(one.entityIdBlocksColumn(), "an entry about one record is found by its entity_id");
    }
}
